// Every page of the dashboard: its address, the catalogue area of its words, its module and element, and who
// may open it (the API decides anyway; a role that may not see a page is not offered it).
// A page under /customers/:customerId shows the customer's menu above it (shell.js).

const PARTNER = ['AdminAgent', 'SalesAgent', 'HelpDeskAgent', 'BillingAdmin', 'GlobalAdmin'];
const EVERYONE = [...PARTNER, 'CustomerUser'];
const ADMINS = ['AdminAgent', 'GlobalAdmin'];

export const ROUTES = [
  { path: '/customers', area: 'customers', tag: 'page-customers', roles: PARTNER, load: () => import('./pages/customers.js') },
  { path: '/customers/:customerId/account', area: 'account', tag: 'page-account', roles: EVERYONE, load: () => import('./pages/account.js') },
  { path: '/customers/:customerId/users', area: 'users', tag: 'page-users', roles: PARTNER, load: () => import('./pages/users.js') },
  { path: '/customers/:customerId/subscriptions', area: 'subscriptions', tag: 'page-subscriptions', roles: EVERYONE, load: () => import('./pages/subscriptions.js') },
  { path: '/customers/:customerId/orders', area: 'orders', tag: 'page-orders', roles: EVERYONE, load: () => import('./pages/orders.js') },
  { path: '/customers/:customerId/buy', area: 'orders', tag: 'page-buy-reservation', roles: EVERYONE, load: () => import('./pages/buy-reservation.js') },
  { path: '/customers/:customerId/reservations', area: 'reservations', tag: 'page-reservations', roles: EVERYONE, load: () => import('./pages/reservations.js') },
  { path: '/activity-log', area: 'activity', tag: 'page-activity-log', roles: ADMINS, load: () => import('./pages/activity-log.js') },
  { path: '/reports', area: 'reports', tag: 'page-reports', roles: ADMINS, load: () => import('./pages/reports.js') },
  { path: '/price-list', area: 'settings', tag: 'page-price-list', roles: PARTNER, load: () => import('./pages/price-list.js') },
  { path: '/notifications', area: 'settings', tag: 'page-notifications', roles: ADMINS, load: () => import('./pages/notifications.js') },
];

/** The customer's menu: the pages of one customer, in Partner Center's order. */
export const CUSTOMER_MENU = [
  { page: 'account', key: 'nav.account', roles: EVERYONE },
  { page: 'users', key: 'nav.users', roles: PARTNER },
  { page: 'subscriptions', key: 'nav.subscriptions', roles: EVERYONE },
  { page: 'orders', key: 'nav.orders', roles: EVERYONE },
  { page: 'buy', key: 'nav.buyReservation', roles: EVERYONE },
  { page: 'reservations', key: 'nav.reservations', roles: EVERYONE },
];
