import Fastify from 'fastify';
import nodemailer from 'nodemailer';
import { z } from 'zod';
import { render } from './templates.js';

const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });
const mailer = nodemailer.createTransport(process.env.SMTP_URL ?? 'smtp://localhost:1025');

const Body = z.object({
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  template: z.string(),
  data: z.record(z.string()),
});

app.post('/v1/notifications', async (req, reply) => {
  const body = Body.parse(req.body);
  const { subject, text } = render(body.template, body.data);
  await mailer.sendMail({ from: 'no-reply@acme-demo.example', to: body.to, subject, text });
  req.log.info({ template: body.template, channel: body.channel }, 'notification sent');
  return reply.code(202).send();
});

app.get('/healthz', async () => ({ status: 'ok' }));

await app.listen({ host: '0.0.0.0', port: Number(process.env.PORT ?? 3000) });
