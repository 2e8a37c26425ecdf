import { capitalized, counted, nounFor } from './nouns';

describe('nounFor', () => {
  it('names the one type filtered by', () => {
    expect(nounFor({ type: ['website'] }).many).toBe('websites');
    expect(nounFor({ type: ['library'] }).many).toBe('libraries');
    expect(nounFor({ type: ['service'], kind: ['component'] }).many).toBe(
      'services',
    );
  });

  it('names the kind when types are mixed', () => {
    expect(nounFor({ type: ['service', 'website'] }).many).toBe('components');
    expect(nounFor({ kind: ['System'] }).many).toBe('systems');
    expect(nounFor({ kind: ['component', 'api'] }).many).toBe('entities');
    expect(nounFor({}).many).toBe('components');
  });

  it('counts in the singular and plural', () => {
    const websites = nounFor({ type: ['website'] });
    expect(counted(1, websites)).toBe('1 website');
    expect(counted(3, websites)).toBe('3 websites');
    expect(capitalized(websites.many)).toBe('Websites');
  });
});
