export type Cart = { id: string; items: { sku: string; qty: number }[] };

export function addItem(cart: Cart, sku: string, qty: number): Cart {
  if (qty <= 0) throw new Error('qty must be positive');
  const existing = cart.items.find(i => i.sku === sku);
  const items = existing
    ? cart.items.map(i => (i.sku === sku ? { ...i, qty: i.qty + qty } : i))
    : [...cart.items, { sku, qty }];
  return { ...cart, items };
}
