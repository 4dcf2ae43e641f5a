// <cspdesk-signin>: the development sign-in (./cspdesk run turns it on): a Role, and for a customer's user the
// Customer and the User; the server signs the token with the development key. The address the reader came to
// is kept: after signing in, that page opens.
import { LitElement, html, nothing } from 'lit';
import { t } from '../core/i18n.js';
import { api, get } from '../core/api.js';
import { startSession } from '../core/session.js';
import { problemBox } from '../core/ui.js';
import { loginUrl } from '../core/signin.js';

const LAST_ROLE = 'cspdesk.signin.role';

class SignIn extends LitElement {
  static properties = {
    offer: { type: Object },
    provider: { type: Object },
    problemCode: { type: String },
    reason: { type: String },
    tenant: { state: true },
    role: { state: true },
    customers: { state: true },
    users: { state: true },
    customerId: { state: true },
    userId: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.role = localStorage.getItem(LAST_ROLE) || 'AdminAgent';
    this.customers = [];
    this.users = [];
    this.customerId = '';
    this.userId = '';
    this.problem = null;
    this.busy = false;
    this.tenant = '';
    this.relanguage = () => this.requestUpdate();
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('cspdesk-language', this.relanguage);
    if (this.role === 'CustomerUser' && this.offer) this.findCustomers('');
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('cspdesk-language', this.relanguage);
  }

  async findCustomers(prefix) {
    try {
      this.customers = await get('/devsignin/customers', { startsWith: prefix });
      if (!this.customers.some((c) => c.id === this.customerId)) {
        this.customerId = this.customers[0]?.id ?? '';
      }
      await this.findUsers();
    } catch (error) {
      this.problem = error;
    }
  }

  async findUsers() {
    this.users = this.customerId ? await get(`/devsignin/customers/${this.customerId}/users`) : [];
    this.userId = this.users[0]?.id ?? '';
  }

  chooseRole(value) {
    this.role = value;
    if (value === 'CustomerUser' && this.customers.length === 0) this.findCustomers('');
  }

  async signIn(event) {
    event.preventDefault();
    this.busy = true;
    this.problem = null;
    try {
      const body = this.role === 'CustomerUser'
        ? { role: this.role, customerId: this.customerId, userId: this.userId }
        : { role: this.role };
      const answer = (await api('POST', '/devsignin', { body })).body;
      localStorage.setItem(LAST_ROLE, this.role);
      startSession(answer);
    } catch (error) {
      this.problem = error;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const provider = this.provider?.signIn;
    if (!this.offer && !provider) {
      return html`<article><h1>${t('signin.title')}</h1><p>${t('signin.unavailable')}</p></article>`;
    }
    const here = window.location.pathname === '/signin' ? '/' : window.location.pathname + window.location.search;
    return html`<article class="signin">
      <h1>${t('signin.title')}</h1>
      ${this.reason ? html`<p role="status">${t('signin.reason.' + this.reason)}</p>` : nothing}
      ${this.problemCode ? problemBox({ code: this.problemCode, status: 401 }, { id: 'signin-problem' }) : nothing}
      ${provider ? html`
        <p>${t('signin.organisationExplanation')}</p>
        <p><a id="signin-oidc" role="button" href=${loginUrl(here)}>${t('signin.organisation')}</a></p>
        ${this.provider.customerTenants ? html`
          <form @submit=${(e) => { e.preventDefault(); window.location.assign(loginUrl(here, this.tenant.trim())); }}>
            <label for="signin-tenant">${t('signin.customerTenant')}</label>
            <input id="signin-tenant" name="tenant" autocomplete="off" required pattern="[0-9a-fA-F-]{36}"
                   @input=${(e) => (this.tenant = e.target.value)}>
            <button type="submit" class="secondary" id="signin-tenant-submit">${t('signin.customerSubmit')}</button>
          </form>` : nothing}` : nothing}
      ${this.offer ? this.renderDevelopment(provider) : nothing}
      ${problemBox(this.problem)}
    </article>`;
  }

  renderDevelopment(besideProvider) {
    const customerUser = this.role === 'CustomerUser';
    return html`
      ${besideProvider ? html`<h2>${t('signin.development')}</h2>` : nothing}
      <p>${t('signin.devExplanation')}</p>
      <form @submit=${(e) => this.signIn(e)}>
        <label for="signin-role">${t('signin.role')}</label>
        <select id="signin-role" name="role" @change=${(e) => this.chooseRole(e.target.value)}>
          ${this.offer.roles.map((r) => html`<option value=${r} ?selected=${r === this.role}>${t('role.' + r)}</option>`)}
        </select>
        ${customerUser ? html`
          <label for="signin-customer-search">${t('signin.findCustomer')}</label>
          <input id="signin-customer-search" type="search" autocomplete="off"
                 @input=${(e) => this.findCustomers(e.target.value)}>
          <label for="signin-customer">${t('signin.customer')}</label>
          <select id="signin-customer" name="customerId" required
                  @change=${async (e) => { this.customerId = e.target.value; await this.findUsers(); }}>
            ${this.customers.map((c) => html`<option value=${c.id} ?selected=${c.id === this.customerId}>${c.companyName} (${c.domain})</option>`)}
          </select>
          <label for="signin-user">${t('signin.user')}</label>
          <select id="signin-user" name="userId" required @change=${(e) => (this.userId = e.target.value)}>
            ${this.users.map((u) => html`<option value=${u.id} ?selected=${u.id === this.userId}>${u.userPrincipalName}</option>`)}
          </select>
          ${this.customerId && this.users.length === 0 ? html`<p class="notice">${t('signin.noUsers')}</p>` : nothing}` : nothing}
        <button type="submit" id="signin-submit" ?disabled=${this.busy || (customerUser && !this.userId)} aria-busy=${this.busy ? 'true' : 'false'}>${t('signin.submit')}</button>
      </form>`;
  }
}

customElements.define('cspdesk-signin', SignIn);
