import { closestKey } from './closestKey';

describe('closestKey', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(closestKey('scheduel', ['schedule', 'shards'])).toBe('schedule');
    expect(closestKey('concurency', ['concurrency', 'mirrors'])).toBe(
      'concurrency',
    );
  });

  it('suggests only a key a couple of edits away', () => {
    const known = ['schedule', 'retention', 'batchSize'];
    expect(closestKey('Schedule', known)).toBe('schedule');
    expect(closestKey('retenton', known)).toBe('retention');
    expect(closestKey('scope', known)).toBeUndefined();
    expect(closestKey('ab', ['batchSize', 'id'])).toBeUndefined();
  });
});
