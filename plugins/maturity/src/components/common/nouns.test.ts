import type { Entity } from '@backstage/catalog-model';
import type { EntitySummary } from '../../api';
import {
  capitalized,
  countOf,
  describeEntities,
  entityNoun,
  nounFor,
  nounForRange,
  nounOf,
} from './nouns';

const summary = (kind: string, type?: string) =>
  ({ kind, type } as EntitySummary);

function catalogEntity(kind: string, type?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x' },
    spec: type ? { type } : {},
  };
}

describe('nouns', () => {
  it('words counts of catalog types', () => {
    expect(countOf(1, nounOf('service'))).toBe('1 service');
    expect(countOf(3, nounOf('library'))).toBe('3 libraries');
    expect(countOf(2, nounOf('Website'))).toBe('2 websites');
    expect(countOf(0, nounOf('component'))).toBe('0 components');
    expect(capitalized(nounOf('website').many)).toBe('Websites');
  });

  it('names the one type filtered by', () => {
    expect(nounFor({ type: ['website'] }).many).toBe('websites');
    expect(nounFor({ type: ['library'] }).many).toBe('libraries');
    expect(nounFor({ type: ['service'], kind: ['component'] }).many).toBe(
      'services',
    );
  });

  it('names the kind filtered by when types are mixed', () => {
    expect(nounFor({ type: ['service', 'website'] }).many).toBe('components');
    expect(nounFor({ kind: ['System'] }).many).toBe('systems');
    expect(nounFor({ kind: ['component', 'api'] }).many).toBe('entities');
    expect(nounFor({}).many).toBe('components');
  });

  it('names the type only when both ends of the type-sorted list share it', () => {
    const service = summary('Component', 'service');
    expect(nounForRange(service, service).many).toBe('services');
    expect(nounForRange(service, summary('Component', 'website')).many).toBe(
      'components',
    );
    expect(nounForRange(service, summary('Component')).many).toBe('components');
    expect(nounForRange(service, summary('API', 'service')).many).toBe(
      'entities',
    );
    expect(nounForRange(undefined, undefined).many).toBe('components');
  });

  it('falls back to components when the list cannot be read', async () => {
    const listEntities = jest.fn(async () => {
      throw new Error('Request failed with 500');
    });
    await expect(
      describeEntities({ listEntities }, { owner: ['group:default/a'] }),
    ).resolves.toEqual({ one: 'component', many: 'components' });
    expect(listEntities).toHaveBeenCalledWith({
      owner: ['group:default/a'],
      sort: 'type',
      order: 'asc',
      limit: 1,
    });
  });
});

describe('entityNoun', () => {
  it('names components and resources by their type', () => {
    expect(entityNoun(catalogEntity('Component', 'website'))).toBe('website');
    expect(entityNoun(catalogEntity('Component', 'Library'))).toBe('library');
    expect(entityNoun(catalogEntity('Resource', 'database'))).toBe('database');
  });

  it('falls back to the kind, and names APIs by kind rather than format', () => {
    expect(entityNoun(catalogEntity('Component'))).toBe('component');
    expect(entityNoun(catalogEntity('API', 'openapi'))).toBe('API');
    expect(entityNoun(catalogEntity('System', 'product'))).toBe('system');
  });
});
