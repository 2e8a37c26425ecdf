import { render, screen } from '@testing-library/react';
import { ProductCard, formatPrice } from './ProductCard';

test('formats minor units as currency', () => {
  expect(formatPrice(1999, 'EUR')).toBe('€19.99');
});

test('renders name and price', () => {
  render(<ProductCard product={{ sku: 'A1', name: 'Anvil', priceMinor: 4999, currency: 'GBP' }} />);
  expect(screen.getByText('Anvil')).toBeInTheDocument();
  expect(screen.getByText('£49.99')).toBeInTheDocument();
});
