// Addresses are pages: /customers, /customers/<id>/account, /activity-log?from=... A reload or a shared link
// opens the same page (the server answers index.html for them, DashboardPages), back and forward move between
// them, and filters live in the query string.

const listeners = new Set();

export function onRoute(listener) {
  listeners.add(listener);
}

export function currentPath() {
  return location.pathname;
}

export function queryParams() {
  return new URLSearchParams(location.search);
}

/** Goes to a page of the application. */
export function navigate(to, { replace = false } = {}) {
  if (to === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

/** Changes the query string of the current page (filters), as a new history entry unless replace. */
export function setQuery(values, { replace = false } = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  const search = params.toString();
  const to = location.pathname + (search ? '?' + search : '');
  if (to === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

function notify() {
  for (const listener of listeners) listener(location.pathname, queryParams());
}

window.addEventListener('popstate', notify);

// Links inside the application move without reloading the page; links to the API or downloads do not.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
  if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
  if (link.pathname.startsWith('/v1') || link.pathname.startsWith('/webjars') || link.pathname.startsWith('/assets')
      || link.pathname.startsWith('/auth/')) return; // the server's sign-in, which leaves for the identity provider
  event.preventDefault();
  navigate(link.pathname + link.search);
});

/** Matches '/customers/:customerId/account' against a path: the parameters, or null. */
export function match(pattern, path) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '/?$');
  const found = regex.exec(path);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
}
