import { ProductCard } from '@/components/ProductCard';
import { getFeaturedProducts } from '@/lib/api/catalog';

export default async function HomePage() {
  const products = await getFeaturedProducts();
  return (
    <main>
      <h1>Acme</h1>
      <section className="grid">
        {products.map(p => (
          <ProductCard key={p.sku} product={p} />
        ))}
      </section>
    </main>
  );
}
