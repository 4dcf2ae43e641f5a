// The customer a page is about, read once per customer while moving between its pages (the heading and the
// Account page share it); forgotten when it changes.
import { get } from './api.js';

const cache = new Map();

export function customer(customerId) {
  if (!cache.has(customerId)) {
    const reading = get(`/customers/${encodeURIComponent(customerId)}`);
    reading.catch(() => cache.delete(customerId));
    cache.set(customerId, reading);
  }
  return cache.get(customerId);
}

export function forgetCustomer(customerId) {
  cache.delete(customerId);
}

export function rememberCustomer(value) {
  cache.set(value.id, Promise.resolve(value));
}
