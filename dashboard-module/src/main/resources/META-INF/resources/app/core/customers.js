// The customer a page is about, read once per customer while moving between its pages (the heading and the
// Account page share it); forgotten when it changes. The menu's read is the frame's (counted apart from the
// page's calls); a page that needs the customer too gets it from here without another call.
import { get } from './api.js';

const cache = new Map();

export function customer(customerId, { frame = false } = {}) {
  if (!cache.has(customerId)) {
    const reading = get(`/customers/${encodeURIComponent(customerId)}`, undefined, { frame });
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
