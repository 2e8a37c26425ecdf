import http from 'k6/http';
import { check } from 'k6';

export const options = {
  scenarios: {
    steady: { executor: 'constant-arrival-rate', rate: 200, timeUnit: '1s', duration: '5m', preAllocatedVUs: 50 },
  },
  thresholds: {
    http_req_failed: ['rate<0.001'],
    http_req_duration: ['p(99)<300'],
  },
};

export default function () {
  const res = http.post(`${__ENV.BASE_URL}/v1/payments`, JSON.stringify({ amountMinor: 1999, currency: 'EUR' }), {
    headers: { 'Content-Type': 'application/json' },
  });
  check(res, { 'status is 201': r => r.status === 201 });
}
