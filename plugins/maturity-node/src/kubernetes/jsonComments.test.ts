import { stripJsonComments } from './jsonComments';

describe('stripJsonComments', () => {
  it.each([
    ['{"a": 1} // note', '{"a": 1} '],
    ['{/* block */"a": 1}', '{"a": 1}'],
    ['{"url": "http://x/*y*/"}', '{"url": "http://x/*y*/"}'],
    ['{"q": "say \\"//hi\\""}', '{"q": "say \\"//hi\\""}'],
    ['{"a": 1 /* never closed', '{"a": 1 '],
  ])('turns %p into %p, leaving strings alone', (text, expected) => {
    expect(stripJsonComments(text)).toBe(expected);
  });
});
