import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { addItem } from './cart.js';
import { priceCart } from './pricing.js';

const app = Fastify({ logger: true });
const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

app.post<{ Params: { id: string }; Body: { sku: string; qty: number } }>(
  '/v1/carts/:id/items',
  async req => {
    const raw = await redis.get(`cart:${req.params.id}`);
    const cart = addItem(raw ? JSON.parse(raw) : { id: req.params.id, items: [] }, req.body.sku, req.body.qty);
    await redis.set(`cart:${cart.id}`, JSON.stringify(cart), 'EX', 7 * 24 * 3600);
    return { ...cart, price: await priceCart(cart) };
  },
);

app.get('/healthz', async () => ({ status: 'ok' }));

process.on('SIGTERM', async () => {
  app.log.info('SIGTERM received, closing');
  await app.close();
  redis.disconnect();
});

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 3000) });
