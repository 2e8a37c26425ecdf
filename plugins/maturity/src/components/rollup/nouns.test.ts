import type { EntitySummary } from '../../api';
import { countOf, describeEntities, nounOf, nounForRange } from './nouns';

const entity = (kind: string, type?: string) =>
  ({ kind, type } as EntitySummary);

describe('nouns', () => {
  it('words counts of catalog types', () => {
    expect(countOf(1, nounOf('service'))).toBe('1 service');
    expect(countOf(3, nounOf('library'))).toBe('3 libraries');
    expect(countOf(2, nounOf('Website'))).toBe('2 websites');
    expect(countOf(0, nounOf('component'))).toBe('0 components');
  });

  it('names the type only when both ends of the type-sorted list share it', () => {
    const service = entity('Component', 'service');
    expect(nounForRange(service, service).other).toBe('services');
    expect(nounForRange(service, entity('Component', 'website')).other).toBe(
      'components',
    );
    expect(nounForRange(service, entity('Component')).other).toBe('components');
    expect(nounForRange(service, entity('API', 'service')).other).toBe(
      'entities',
    );
    expect(nounForRange(undefined, undefined).other).toBe('components');
  });

  it('falls back to components when the list cannot be read', async () => {
    const listEntities = jest.fn(async () => {
      throw new Error('Request failed with 500');
    });
    await expect(
      describeEntities({ listEntities }, { owner: ['group:default/a'] }),
    ).resolves.toEqual({ one: 'component', other: 'components' });
    expect(listEntities).toHaveBeenCalledWith({
      owner: ['group:default/a'],
      sort: 'type',
      order: 'asc',
      limit: 1,
    });
  });
});
