import type { Entity } from '@backstage/catalog-model';
import { entityNoun } from './entityNoun';

function entity(kind: string, type?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x' },
    spec: type ? { type } : {},
  };
}

describe('entityNoun', () => {
  it('names components and resources by their type', () => {
    expect(entityNoun(entity('Component', 'website'))).toBe('website');
    expect(entityNoun(entity('Component', 'Library'))).toBe('library');
    expect(entityNoun(entity('Resource', 'database'))).toBe('database');
  });

  it('falls back to the kind, and names APIs by kind rather than format', () => {
    expect(entityNoun(entity('Component'))).toBe('component');
    expect(entityNoun(entity('API', 'openapi'))).toBe('API');
    expect(entityNoun(entity('System', 'product'))).toBe('system');
  });
});
