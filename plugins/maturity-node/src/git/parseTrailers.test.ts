import { parseTrailers } from './parseTrailers';

describe('parseTrailers', () => {
  it('reads the trailers of the last paragraph, continuations included', () => {
    expect(
      parseTrailers(
        'Pair on refunds\n\nWhy we did it.\n\nCo-authored-by: Ada <ada@example.com>\nRefs: PAY-12,\n  PAY-13\n',
      ),
    ).toEqual([
      { key: 'Co-authored-by', value: 'Ada <ada@example.com>' },
      { key: 'Refs', value: 'PAY-12, PAY-13' },
    ]);
  });

  it('reads no trailer from a subject, prose, or a paragraph with other lines', () => {
    expect(parseTrailers('Co-authored-by: Ada <ada@example.com>')).toEqual([]);
    expect(
      parseTrailers(
        'Mention\n\nCo-authored-by: Ada <ada@example.com> is how we credit.\nThat was a paragraph.',
      ),
    ).toEqual([]);
    expect(
      parseTrailers(
        'Mention\n\nCo-authored-by: Ada <ada@example.com>\n\nSigned off later.',
      ),
    ).toEqual([]);
  });
});
