const templates: Record<string, { subject: string; text: string }> = {
  'verify-email': { subject: 'Confirm your e-mail', text: 'Hi {{name}}, confirm here: {{link}}' },
  'payment-receipt': { subject: 'Your receipt', text: 'We received {{amount}}. Order {{order}}.' },
};

export function render(name: string, data: Record<string, string>) {
  const t = templates[name];
  if (!t) throw new Error(`unknown template ${name}`);
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => data[k] ?? '');
  return { subject: fill(t.subject), text: fill(t.text) };
}
