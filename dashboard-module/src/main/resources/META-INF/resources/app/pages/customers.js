// Customers: search by the start of the company name or domain, keyset pages, each customer's switch; Add customer.
// Two API calls per render: the page of customers, and the switch of exactly those customers in one request.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, language } from '../core/i18n.js';
import { api, get, filter, nextToken } from '../core/api.js';
import { may } from '../core/session.js';
import { queryParams, setQuery, navigate } from '../core/router.js';
import { rememberCustomer } from '../core/customers.js';
import { empty, problemBox, copy, formValues, pager } from '../core/ui.js';

const PAGE_SIZE = 25;
const CULTURES = { en: ['en-US', 'en'], sv: ['sv-SE', 'sv'], de: ['de-DE', 'de'] };

class CustomersPage extends Page {
  static properties = { ...Page.properties, adding: { state: true }, addProblem: { state: true }, saving: { state: true } };

  constructor() {
    super();
    this.adding = false;
    this.addProblem = null;
    this.saving = false;
  }

  async load() {
    const query = queryParams();
    this.search = query.get('q') || '';
    this.by = query.get('by') === 'domain' ? 'domain' : 'name';
    this.pageToken = query.get('page') || '';
    const field = this.by === 'domain' ? 'Domain' : 'CompanyName';
    const page = await get('/customers', {
      size: PAGE_SIZE,
      filter: this.search ? filter(field, this.search, 'starts_with') : undefined,
      continuationToken: this.pageToken || undefined,
    });
    this.customers = page.items || [];
    this.next = nextToken(page);
    this.switches = new Map();
    if (this.customers.length > 0) {
      const states = await get('/permissions/azureReservations', { customerId: this.customers.map((c) => c.id) });
      for (const state of states.items) this.switches.set(state.customerId, state);
    }
  }

  find(event) {
    event.preventDefault();
    const values = formValues(event.target);
    setQuery({ q: values.q, by: values.by === 'domain' ? 'domain' : undefined }); // the shell reloads the page
  }

  goTo(token) {
    const query = queryParams();
    setQuery({ q: query.get('q'), by: query.get('by'), page: token || undefined });
  }

  async add(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const [culture, lang] = CULTURES[language];
    this.saving = true;
    this.addProblem = null;
    try {
      const created = (await api('POST', '/customers', {
        body: {
          companyProfile: { domain: v.domain, companyName: v.companyName, email: v.email },
          billingProfile: {
            firstName: v.firstName, lastName: v.lastName, email: v.email, culture, language: lang,
            defaultAddress: {
              country: v.country, city: v.city, postalCode: v.postalCode, addressLine1: v.addressLine1,
              firstName: v.firstName, lastName: v.lastName,
            },
          },
        },
      })).body;
      rememberCustomer(created);
      navigate(`/customers/${created.id}/account`);
    } catch (error) {
      this.addProblem = error;
    } finally {
      this.saving = false;
    }
  }

  renderPage() {
    return html`
      <hgroup><h1>${t('customers.title')}</h1><p>${t('customers.intro')}</p></hgroup>
      <form class="toolbar" role="search" @submit=${(e) => this.find(e)}>
        <div>
          <label for="customer-search">${t('customers.search')}</label>
          <input id="customer-search" name="q" type="search" .value=${this.search} autocomplete="off">
        </div>
        <div>
          <label for="customer-search-by">${t('customers.searchBy')}</label>
          <select id="customer-search-by" name="by">
            <option value="name" ?selected=${this.by === 'name'}>${t('customers.byName')}</option>
            <option value="domain" ?selected=${this.by === 'domain'}>${t('customers.byDomain')}</option>
          </select>
        </div>
        <button type="submit">${t('common.search')}</button>
        ${may('manageCustomers') ? html`<button type="button" class="secondary" aria-expanded=${this.adding ? 'true' : 'false'}
            aria-controls="add-customer" @click=${() => (this.adding = !this.adding)}>${t('customers.add')}</button>` : nothing}
      </form>
      ${this.adding ? this.renderAddForm() : nothing}
      ${this.customers.length === 0 ? empty(this.search ? t('customers.noneFound', { search: this.search }) : t('customers.none')) : this.renderTable()}
      ${pager({ label: t('customers.pages'), token: this.pageToken, next: this.next, onPage: (page) => this.goTo(page) })}`;
  }

  renderTable() {
    return html`<div class="overflow-auto" tabindex="0" role="region" aria-label=${t('customers.title')}><table class="striped">
      <caption class="visually-hidden">${t('customers.title')}</caption>
      <thead><tr>
        <th scope="col">${t('customers.company')}</th>
        <th scope="col">${t('customers.domain')}</th>
        <th scope="col">${t('customers.tenantId')}</th>
        <th scope="col">${t('customers.switch')}</th>
      </tr></thead>
      <tbody>
        ${this.customers.map((c) => {
          const state = this.switches.get(c.id);
          const on = state?.allowCustomerToPurchase;
          return html`<tr data-customer=${c.id}>
            <td><a href="/customers/${c.id}/account">${c.companyProfile.companyName}</a></td>
            <td>${c.companyProfile.domain}</td>
            <td><code class="mono">${c.id}</code>
              <button type="button" class="outline secondary" aria-label=${t('customers.copyTenantId', { company: c.companyProfile.companyName })}
                @click=${(e) => copy(c.id, e.target)}>${t('common.copy')}</button></td>
            <td><span class="badge ${on ? 'on' : 'off'}">${on ? t('common.on') : t('common.off')}</span></td>
          </tr>`;
        })}
      </tbody>
    </table></div>`;
  }

  renderAddForm() {
    const field = (name, type = 'text', required = true, hint = null) => html`<div>
      <label for="new-customer-${name}">${t('customers.field.' + name)}</label>
      <input id="new-customer-${name}" name=${name} type=${type} ?required=${required} aria-describedby=${hint ? `new-customer-${name}-hint` : nothing}>
      ${hint ? html`<small id="new-customer-${name}-hint">${hint}</small>` : nothing}
    </div>`;
    return html`<article id="add-customer">
      <h2>${t('customers.add')}</h2>
      <form @submit=${(e) => this.add(e)}>
        <div class="grid">${field('companyName')}${field('domain', 'text', true, t('customers.domainHint'))}</div>
        <div class="grid">${field('firstName')}${field('lastName')}${field('email', 'email')}</div>
        <div class="grid">${field('addressLine1')}${field('city')}${field('postalCode')}
          ${field('country', 'text', true, t('customers.countryHint'))}</div>
        <button type="submit" ?disabled=${this.saving} aria-busy=${this.saving ? 'true' : 'false'}>${t('customers.create')}</button>
      </form>
      ${problemBox(this.addProblem)}
    </article>`;
  }
}

customElements.define('page-customers', CustomersPage);
