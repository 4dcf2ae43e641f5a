// <cspdesk-app>: the frame around every page: the development banner, the header (the partner's pages, the activity
// log behind Partner Center's gear icon, Language, who is signed in, Sign out), the customer's menu, and the page.
import { LitElement, html, nothing } from 'lit';
import { t, loadArea, setLanguage, language, LANGUAGES } from './core/i18n.js';
import { get, ApiError } from './core/api.js';
import { signedIn, isPartner, home, role, may } from './core/session.js';
import { providerSignIn, refresh, signOut, takeSignInProblem } from './core/signin.js';
import { onRoute, navigate, match, currentPath } from './core/router.js';
import { customer } from './core/customers.js';
import { problemBox, loading } from './core/ui.js';
import { ROUTES, CUSTOMER_MENU, PARTNER_MENU } from './routes.js';
import './pages/signin.js';

class CspDeskApp extends LitElement {
  static properties = {
    ready: { state: true },
    devSignIn: { state: true },
    page: { state: true },
    pageProblem: { state: true },
    customerName: { state: true },
    signOutReason: { state: true },
  };

  constructor() {
    super();
    this.ready = false;
    this.devSignIn = null;
    this.page = null;
    this.route = null;
    this.signOutReason = null;
    this.customerName = '';
  }

  createRenderRoot() {
    return this;
  }

  async connectedCallback() {
    super.connectedCallback();
    this.replaceChildren();
    await Promise.all([loadArea('common'), loadArea('errors')]);
    this.signInProblem = takeSignInProblem();
    const [provider] = await Promise.all([providerSignIn(), this.loadDevSignIn()]);
    this.provider = provider;
    if (provider.session && !signedIn()) await refresh(); // a session from before this page: a reload, a sign-in
    window.addEventListener('cspdesk-language', () => {
      this.requestUpdate(); // the frame's own words (banner, menus, Sign out)
      this.showRoute();
    });
    window.addEventListener('cspdesk-session', (event) => {
      this.signOutReason = event.detail.signedIn ? null : event.detail.reason;
      if (event.detail.signedIn) this.signInProblem = null; // told once: not again after a later sign-out
      this.requestUpdate();
      this.showRoute();
    });
    onRoute(() => this.showRoute());
    this.ready = true;
    this.showRoute();
  }

  async loadDevSignIn() {
    try {
      this.devSignIn = await get('/devsignin');
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) this.startProblem = error;
    }
  }

  async showRoute() {
    const path = currentPath();
    if (!signedIn()) {
      this.page = null;
      document.title = `${t('signin.title')} · CSP Desk`;
      return;
    }
    if (path === '/' || path === '/signin') {
      navigate(home(), { replace: true });
      return;
    }
    let found = null;
    let params = null;
    for (const route of ROUTES) {
      params = match(route.path, path);
      if (params) {
        found = route;
        break;
      }
    }
    this.pageProblem = null;
    if (!found) {
      this.route = null;
      this.page = null;
      this.pageProblem = t('shell.notFound');
      return;
    }
    if (!found.roles.includes(role())) {
      this.route = found;
      this.page = null;
      this.pageProblem = t('shell.notForRole');
      return;
    }
    if (found === this.route && this.page && JSON.stringify(params) === JSON.stringify(this.params)) {
      this.page.reload(); // the same page with another query (a filter, a page of a list, back or forward)
      return;
    }
    const sameCustomer = this.route && this.params?.customerId === params.customerId;
    this.route = found;
    this.params = params;
    if (!sameCustomer) this.customerName = '';
    if (params.customerId) {
      customer(params.customerId, { frame: true }).then((c) => {
        if (this.params?.customerId === params.customerId) this.customerName = c.companyProfile?.companyName ?? '';
      }, () => {});
    }
    await Promise.all([].concat(found.area).map((area) => loadArea(area)));
    await found.load();
    const element = document.createElement(found.tag);
    element.params = params;
    this.page = element;
    document.title = `${t('title.' + found.tag)} · CSP Desk`;
  }

  render() {
    if (!this.ready) return html`<main class="container">${loading()}</main>`;
    return html`
      ${this.devSignIn ? html`<p class="dev-banner" role="status">${t('shell.devBanner')}</p>` : nothing}
      ${this.renderHeader()}
      ${signedIn() && this.params?.customerId && this.route ? this.renderCustomerMenu() : nothing}
      <main class="container" id="main">
        ${this.startProblem ? problemBox(this.startProblem) : nothing}
        ${signedIn() ? this.renderPage() : html`<cspdesk-signin .offer=${this.devSignIn} .provider=${this.provider} .problemCode=${this.signInProblem} .reason=${this.signOutReason}></cspdesk-signin>`}
      </main>`;
  }

  renderPage() {
    if (this.pageProblem) return html`<article class="problem" role="alert"><p>${this.pageProblem}</p><p><a href=${home()}>${t('shell.home')}</a></p></article>`;
    return this.page ?? loading();
  }

  renderHeader() {
    const who = signedIn();
    const at = currentPath();
    const current = (prefix) => (at.startsWith(prefix) ? 'page' : nothing);
    return html`<header class="container-fluid site-header">
      <nav aria-label=${t('shell.mainNavigation')}>
        <ul><li><a href=${who ? home() : '/'} class="brand"><strong>CSP Desk</strong></a></li></ul>
        <ul>
          ${who ? PARTNER_MENU.filter((item) => item.roles.includes(role())).map((item) => html`
            <li><a href=${item.path} aria-current=${current(item.path)}>${t(item.key)}</a></li>`) : nothing}
          ${who && may('readActivityLog') ? html`
            <li><a href="/activity-log" class="gear" id="activity-log-link" title=${t('nav.activityLog')} aria-current=${current('/activity-log')}>
              <span aria-hidden="true">⚙</span><span class="visually-hidden">${t('nav.activityLog')}</span></a></li>` : nothing}
          <li>
            <select id="language" aria-label=${t('shell.languageLabel')} @change=${(e) => setLanguage(e.target.value)}>
              ${Object.entries(LANGUAGES).map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === language}>${name}</option>`)}
            </select>
          </li>
          ${who ? html`
            <li><span class="who" title=${who.role}>${who.userPrincipalName}<br><small>${t('role.' + who.role)}${who.companyName ? ' · ' + who.companyName : ''}</small></span></li>
            <li><button type="button" class="secondary outline" id="sign-out" @click=${() => signOut()}>${t('shell.signOut')}</button></li>` : nothing}
        </ul>
      </nav>
    </header>`;
  }

  renderCustomerMenu() {
    const id = this.params.customerId;
    const here = currentPath();
    return html`<nav class="container customer-menu" aria-label=${t('shell.customerNavigation')}>
      <ul>
        ${isPartner() ? html`<li><a href="/customers">${t('nav.customers')}</a> /</li>` : nothing}
        <li><strong class="customer-name">${this.customerName || '…'}</strong></li>
      </ul>
      <ul>
        ${CUSTOMER_MENU.filter((item) => item.roles.includes(role())).map((item) => {
          const href = `/customers/${encodeURIComponent(id)}/${item.page}`;
          return html`<li><a href=${href} aria-current=${here === href ? 'page' : nothing}>${t(item.key)}</a></li>`;
        })}
      </ul>
    </nav>`;
  }
}

customElements.define('cspdesk-app', CspDeskApp);
