import { addItem } from './cart.js';

test('adds a new line', () => {
  expect(addItem({ id: 'c1', items: [] }, 'A1', 2).items).toEqual([{ sku: 'A1', qty: 2 }]);
});

test('merges quantities of the same sku', () => {
  const cart = addItem(addItem({ id: 'c1', items: [] }, 'A1', 1), 'A1', 2);
  expect(cart.items).toEqual([{ sku: 'A1', qty: 3 }]);
});

test('rejects non-positive quantities', () => {
  expect(() => addItem({ id: 'c1', items: [] }, 'A1', 0)).toThrow();
});
