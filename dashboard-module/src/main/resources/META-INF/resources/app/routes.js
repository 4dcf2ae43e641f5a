// Every page of the dashboard: its address, the catalogue area of its words, its module and element, and who
// may open it (the API decides anyway; a role that may not see a page is not offered it).
// A page under /customers/:customerId shows the customer's menu above it (shell.js).
// Built so far: Customers and a customer's Account. The other pages of issue 15 (users, subscriptions, order
// history, buying, reservations, activity log, reports, price list, notifications) join here and in the menus.

const PARTNER = ['AdminAgent', 'SalesAgent', 'HelpDeskAgent', 'BillingAdmin', 'GlobalAdmin'];
const EVERYONE = [...PARTNER, 'CustomerUser'];

export const ROUTES = [
  { path: '/customers', area: 'customers', tag: 'page-customers', roles: PARTNER, load: () => import('./pages/customers.js') },
  { path: '/customers/:customerId/account', area: 'account', tag: 'page-account', roles: EVERYONE, load: () => import('./pages/account.js') },
];

/** The customer's menu: the pages of one customer, in Partner Center's order. */
export const CUSTOMER_MENU = [
  { page: 'account', key: 'nav.account', roles: EVERYONE },
];
