// The sign-in through the organisation's identity provider, run by the server (/auth: ADR 0021). The server keeps
// the session behind an HttpOnly cookie this code never sees; the page holds only the short-lived access token it
// answers, in memory (core/session.js), and asks for the next one shortly before it expires.
import { startSession, endSession, signedIn } from './session.js';

const AHEAD_MS = 30_000;
const RETRY_MS = 10_000;
let refreshTimer = null;

/** What the server offers: { signIn, customerTenants, session } (session: this browser holds a session cookie). */
export async function providerSignIn() {
  try {
    const response = await fetch('/auth/config', { cache: 'no-store' });
    return response.ok ? await response.json() : { signIn: false, customerTenants: false, session: false };
  } catch {
    return { signIn: false, customerTenants: false, session: false };
  }
}

/** Resumes (or keeps up) the session the cookie stands for; false when there is none. */
export async function refresh() {
  clearTimeout(refreshTimer);
  let response;
  try {
    response = await oneAtATime(() => fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin', cache: 'no-store' }));
  } catch {
    response = null;
  }
  if (response?.status === 401) { // session_ended: signed out, idle, too old or revoked
    if (signedIn()?.viaProvider) endSession('expired');
    return false;
  }
  if (!response?.ok) {
    // The server or its database is away for a moment: the session is not over. Try again while the token
    // still serves (session.js ends the page's session when the token expires, if no answer came by then).
    if (signedIn()?.viaProvider) later(RETRY_MS);
    return false;
  }
  const answer = { ...(await response.json()), viaProvider: true };
  startSession(answer);
  const left = new Date(answer.expiresAt).getTime() - Date.now();
  later(Math.max(1_000, left - AHEAD_MS));
  return true;
}

/** The next refresh, and only one: two refreshes under way at once each end here. */
function later(ms) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => refresh(), ms);
}

/**
 * Runs {send} while no other tab of this browser refreshes: the tabs share the session cookie, and a refresh token
 * sent twice ends the session (its reuse is taken for theft). After the lock the next refresh sends the cookie
 * the one before it got back. Without the Web Locks API (not a secure context, an old browser) it just sends.
 */
function oneAtATime(send) {
  return navigator.locks ? navigator.locks.request('cspdesk-refresh', send) : send();
}

/** Ends the server's session too (the cookie), then the page's. */
export async function signOut() {
  clearTimeout(refreshTimer);
  if (signedIn()?.viaProvider) {
    try {
      await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', cache: 'no-store' });
    } catch {
      // the session ends with the page anyway; the server's expires by itself
    }
  }
  endSession('signedOut');
}

/** Where the provider's sign-in starts, coming back to {returnTo}. */
export function loginUrl(returnTo, tenant) {
  const query = new URLSearchParams({ returnTo });
  if (tenant) query.set('tenant', tenant);
  return `/auth/login?${query}`;
}

/** The problem the server sent the reader back with (?signInProblem=code), once. */
export function takeSignInProblem() {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('signInProblem');
  if (!code) return null;
  url.searchParams.delete('signInProblem');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  return code;
}
