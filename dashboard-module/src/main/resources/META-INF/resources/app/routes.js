// Every page of the dashboard: its address, the catalogue areas of its words, its module and element, and who
// may open it (the API decides anyway; a role that may not see a page is not offered it).
// A page under /customers/:customerId shows the customer's menu above it (shell.js).

import { PARTNER_ROLES as PARTNER } from './core/session.js';

const EVERYONE = [...PARTNER, 'CustomerUser'];
const ADMINS = ['AdminAgent', 'GlobalAdmin'];

export const ROUTES = [
  { path: '/customers', area: 'customers', tag: 'page-customers', roles: PARTNER, load: () => import('./pages/customers.js') },
  { path: '/customers/:customerId/account', area: 'account', tag: 'page-account', roles: EVERYONE, load: () => import('./pages/account.js') },
  { path: '/customers/:customerId/users', area: 'users', tag: 'page-users', roles: PARTNER, load: () => import('./pages/users.js') },
  { path: '/customers/:customerId/subscriptions', area: 'subscriptions', tag: 'page-subscriptions', roles: EVERYONE, load: () => import('./pages/subscriptions.js') },
  { path: '/customers/:customerId/subscriptions/:subscriptionId', area: 'subscriptions', tag: 'page-role-assignments', roles: PARTNER, load: () => import('./pages/role-assignments.js') },
  { path: '/customers/:customerId/orders', area: ['orders', 'reservations', 'operations'], tag: 'page-orders', roles: EVERYONE, load: () => import('./pages/orders.js') },
  { path: '/customers/:customerId/buy-reservation', area: ['reservations', 'orders', 'operations'], tag: 'page-buy-reservation', roles: EVERYONE, load: () => import('./pages/buy-reservation.js') },
  { path: '/customers/:customerId/reservations', area: ['reservations', 'orders', 'operations'], tag: 'page-reservations', roles: EVERYONE, load: () => import('./pages/reservations.js') },
  { path: '/activity-log', area: ['activitylog', 'operations'], tag: 'page-activity-log', roles: ADMINS, load: () => import('./pages/activity-log.js') },
  { path: '/reports', area: ['reports', 'operations'], tag: 'page-reports', roles: ADMINS, load: () => import('./pages/reports.js') },
  { path: '/price-list', area: ['pricelist', 'reservations'], tag: 'page-price-list', roles: PARTNER, load: () => import('./pages/price-list.js') },
  { path: '/notifications', area: 'notifications', tag: 'page-notifications', roles: ADMINS, load: () => import('./pages/notifications.js') },
];

/** The customer's menu: the pages of one customer, in Partner Center's order. */
export const CUSTOMER_MENU = [
  { page: 'account', key: 'nav.account', roles: EVERYONE },
  { page: 'users', key: 'nav.users', roles: PARTNER },
  { page: 'subscriptions', key: 'nav.subscriptions', roles: EVERYONE },
  { page: 'orders', key: 'nav.orders', roles: EVERYONE },
  { page: 'reservations', key: 'nav.reservations', roles: EVERYONE },
  { page: 'buy-reservation', key: 'nav.buyReservation', roles: EVERYONE },
];

/** The partner's own pages, in the header (the activity log as Partner Center's gear icon). */
export const PARTNER_MENU = [
  { path: '/customers', key: 'nav.customers', roles: PARTNER },
  { path: '/reports', key: 'nav.reports', roles: ADMINS },
  { path: '/price-list', key: 'nav.priceList', roles: PARTNER },
  { path: '/notifications', key: 'nav.notifications', roles: ADMINS },
];
