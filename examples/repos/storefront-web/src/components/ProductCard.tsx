export type Product = { sku: string; name: string; priceMinor: number; currency: string };

export function formatPrice(minor: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(minor / 100);
}

export function ProductCard({ product }: { product: Product }) {
  return (
    <article>
      <h2>{product.name}</h2>
      <p>{formatPrice(product.priceMinor, product.currency)}</p>
    </article>
  );
}
