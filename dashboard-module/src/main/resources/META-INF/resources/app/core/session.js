// Who is signed in. The token lives in memory only (never in storage a script or another tab could read
// later): a reload signs out, and the sign-in page brings the reader back to the same address.

export const PARTNER_ROLES = ['AdminAgent', 'SalesAgent', 'HelpDeskAgent', 'BillingAdmin', 'GlobalAdmin'];

/** What each role may do, as the API decides it (the API refuses anyway; the dashboard explains first). */
const MAY = {
  switchPermissions: ['AdminAgent', 'GlobalAdmin'],
  manageCustomers: ['AdminAgent', 'SalesAgent', 'GlobalAdmin'],
  buyForCustomer: ['AdminAgent', 'SalesAgent', 'GlobalAdmin'],
  manageReservations: ['AdminAgent', 'SalesAgent', 'GlobalAdmin'],
  readActivityLog: ['AdminAgent', 'GlobalAdmin'],
  readReports: ['AdminAgent', 'GlobalAdmin'],
  changePriceList: ['AdminAgent', 'BillingAdmin', 'GlobalAdmin'],
  readPriceList: ['AdminAgent', 'SalesAgent', 'HelpDeskAgent', 'BillingAdmin', 'GlobalAdmin'],
  changeNotifications: ['AdminAgent', 'GlobalAdmin'],
  readNotifications: ['AdminAgent', 'GlobalAdmin'],
};

let current = null;
let expiryTimer = null;

export function signedIn() {
  return current;
}

export function token() {
  return current?.accessToken;
}

export function role() {
  return current?.role;
}

export function isPartner() {
  return current !== null && PARTNER_ROLES.includes(current.role);
}

export function isCustomerUser() {
  return current?.role === 'CustomerUser';
}

/** Whether the signed-in role may do that (see MAY). */
export function may(action) {
  const roles = MAY[action];
  if (!roles) throw new Error(`unknown action ${action}`);
  return current !== null && heldRoles().some((held) => roles.includes(held));
}

/** Every role the signed-in user holds (a provider's user may hold several; the development sign-in one). */
function heldRoles() {
  return current?.roles ?? (current ? [current.role] : []);
}

/** The first page after signing in. */
export function home() {
  if (isCustomerUser()) return `/customers/${current.tenantId}/account`;
  return '/customers';
}

export function startSession(signIn) {
  current = signIn;
  clearTimeout(expiryTimer);
  const left = new Date(signIn.expiresAt).getTime() - Date.now();
  expiryTimer = setTimeout(() => endSession('expired'), Math.max(0, left));
  window.dispatchEvent(new CustomEvent('cspdesk-session', { detail: { signedIn: true } }));
}

/** Forgets the token; {reason} 'signedOut' or 'expired' is shown on the sign-in page. */
export function endSession(reason = 'signedOut') {
  current = null;
  clearTimeout(expiryTimer);
  window.dispatchEvent(new CustomEvent('cspdesk-session', { detail: { signedIn: false, reason } }));
}
