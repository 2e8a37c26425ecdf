import type { Cart } from './cart.js';

// pricing-service reads the cart back from GET /v1/carts/:id to apply basket promotions.
export async function priceCart(cart: Cart): Promise<{ totalMinor: number; currency: string }> {
  const res = await fetch(`${process.env.PRICING_URL ?? 'http://localhost:8089'}/v1/price/${cart.id}`);
  return res.json() as Promise<{ totalMinor: number; currency: string }>;
}
