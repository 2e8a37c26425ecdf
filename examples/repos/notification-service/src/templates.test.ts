import { render } from './templates.js';

test('fills placeholders', () => {
  expect(render('verify-email', { name: 'Ada', link: 'https://x' }).text).toBe(
    'Hi Ada, confirm here: https://x',
  );
});

test('rejects unknown templates', () => {
  expect(() => render('nope', {})).toThrow('unknown template');
});
