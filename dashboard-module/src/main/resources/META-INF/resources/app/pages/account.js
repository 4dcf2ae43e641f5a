// A customer's Account page: company and billing profile, and at the bottom the Customer permissions area with
// the switch "Azure reservations — Allow customer to purchase". Two API calls: the customer, its permissions.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatDateTime } from '../core/i18n.js';
import { api, get } from '../core/api.js';
import { may, isCustomerUser } from '../core/session.js';
import { customer, forgetCustomer, rememberCustomer } from '../core/customers.js';
import { problemBox, confirmDialog, notice, formValues } from '../core/ui.js';

const ADDRESS_FIELDS = ['addressLine1', 'addressLine2', 'city', 'state', 'postalCode', 'country', 'phoneNumber'];

class AccountPage extends Page {
  static properties = {
    ...Page.properties, editing: { state: true }, saveProblem: { state: true },
    switchProblem: { state: true }, switching: { state: true },
  };

  constructor() {
    super();
    this.editing = false;
    this.saveProblem = null;
    this.switchProblem = null;
    this.switching = false;
  }

  get customerId() {
    return this.params.customerId;
  }

  async load() {
    const [theCustomer, permissions] = await Promise.all([
      customer(this.customerId),
      get(`/customers/${encodeURIComponent(this.customerId)}/permissions`),
    ]);
    this.customer = theCustomer;
    this.reservations = permissions.azureReservations;
  }

  async saveBilling(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const billing = this.customer.billingProfile;
    const address = { ...billing.defaultAddress };
    for (const name of ADDRESS_FIELDS) address[name] = v[name] ?? null;
    const body = {
      ...billing,
      firstName: v.firstName, lastName: v.lastName, email: v.email, companyName: v.companyName,
      defaultAddress: address,
    };
    this.saveProblem = null;
    try {
      await api('PUT', `/customers/${encodeURIComponent(this.customerId)}/profiles/billing`,
        { body, etag: billing.attributes?.etag });
      forgetCustomer(this.customerId);
      const fresh = await customer(this.customerId);
      rememberCustomer(fresh);
      this.customer = fresh;
      this.editing = false;
    } catch (error) {
      this.saveProblem = error;
    }
  }

  async flip(event) {
    const wantOn = event.target.checked;
    event.target.checked = !wantOn; // the switch moves when the server has said yes
    const confirmed = await confirmDialog(wantOn ? {
      title: t('account.turnOnTitle', { company: this.customer.companyProfile.companyName }),
      content: html`<p>${t('account.turnOnMeans')}</p><ul>
        <li>${t('account.meansPartnerPays')}</li>
        <li>${t('account.meansNoNotification')}</li>
        <li>${t('account.meansPartnerOnly')}</li></ul>`,
      confirmLabel: t('account.turnOn'),
    } : {
      title: t('account.turnOffTitle', { company: this.customer.companyProfile.companyName }),
      content: html`<p>${t('account.turnOffMeans')}</p>`,
      confirmLabel: t('account.turnOff'),
      danger: true,
    });
    if (!confirmed) return;
    this.switching = true;
    this.switchProblem = null;
    try {
      const answer = (await api('PUT', `/customers/${encodeURIComponent(this.customerId)}/permissions/azureReservations`,
        { body: { allowCustomerToPurchase: wantOn } })).body;
      this.reservations = answer.azureReservations;
    } catch (error) {
      this.switchProblem = error;
    } finally {
      this.switching = false;
    }
  }

  renderPage() {
    const company = this.customer.companyProfile;
    return html`
      <h1>${t('account.title', { company: company.companyName })}</h1>
      <section aria-labelledby="company-profile">
        <h2 id="company-profile">${t('account.companyProfile')}</h2>
        <dl class="grid">
          <div><dt>${t('account.companyName')}</dt><dd>${company.companyName}</dd></div>
          <div><dt>${t('account.domain')}</dt><dd>${company.domain}</dd></div>
          <div><dt>${t('account.tenantId')}</dt><dd><code class="mono">${company.tenantId}</code></dd></div>
        </dl>
      </section>
      ${this.renderBilling()}
      ${this.renderPermissions()}`;
  }

  renderBilling() {
    const billing = this.customer.billingProfile;
    const address = billing.defaultAddress || {};
    if (this.editing) {
      const field = (name, value, type = 'text', required = false) => html`<div>
        <label for="billing-${name}">${t('account.field.' + name)}</label>
        <input id="billing-${name}" name=${name} type=${type} .value=${value ?? ''} ?required=${required}></div>`;
      return html`<section aria-labelledby="billing-profile">
        <h2 id="billing-profile">${t('account.billingProfile')}</h2>
        <form @submit=${(e) => this.saveBilling(e)}>
          <div class="grid">${field('companyName', billing.companyName, 'text', true)}${field('email', billing.email, 'email', true)}</div>
          <div class="grid">${field('firstName', billing.firstName, 'text', true)}${field('lastName', billing.lastName, 'text', true)}</div>
          <div class="grid">${ADDRESS_FIELDS.slice(0, 4).map((name) => field(name, address[name], 'text', name === 'addressLine1' || name === 'city'))}</div>
          <div class="grid">${ADDRESS_FIELDS.slice(4).map((name) => field(name, address[name], 'text', name === 'country'))}</div>
          <button type="submit">${t('common.save')}</button>
          <button type="button" class="secondary" @click=${() => { this.editing = false; this.saveProblem = null; }}>${t('common.cancel')}</button>
        </form>
        ${problemBox(this.saveProblem)}
      </section>`;
    }
    const line = [address.addressLine1, address.addressLine2, [address.postalCode, address.city].filter(Boolean).join(' '),
      address.state, address.country].filter(Boolean).join(', ');
    return html`<section aria-labelledby="billing-profile">
      <h2 id="billing-profile">${t('account.billingProfile')}</h2>
      <dl class="grid">
        <div><dt>${t('account.contact')}</dt><dd>${billing.firstName} ${billing.lastName}</dd></div>
        <div><dt>${t('account.field.email')}</dt><dd>${billing.email}</dd></div>
        <div><dt>${t('account.address')}</dt><dd>${line}</dd></div>
      </dl>
      ${may('manageCustomers') ? html`<button type="button" class="secondary" @click=${() => (this.editing = true)}>${t('account.editBilling')}</button>` : nothing}
    </section>`;
  }

  renderPermissions() {
    const r = this.reservations;
    const on = r.allowCustomerToPurchase;
    const mayChange = may('switchPermissions');
    const unmet = r.prerequisites.checks.filter((check) => !check.met);
    const blocked = !on && unmet.length > 0;
    const label = `${t('account.azureReservations')} — ${t('account.allowCustomerToPurchase')}`;
    const why = !mayChange ? (isCustomerUser() ? t('account.switchCustomerView') : t('account.switchReadOnly'))
      : blocked ? t('account.switchBlocked') : null;
    return html`<section aria-labelledby="customer-permissions" class="customer-permissions">
      <h2 id="customer-permissions">${t('account.customerPermissions')}</h2>
      <ul class="permissions">
        <li>
          <label for="switch-azure-reservations">
            <input type="checkbox" role="switch" id="switch-azure-reservations" .checked=${on}
              ?disabled=${!mayChange || blocked || this.switching} aria-describedby="switch-azure-reservations-state"
              @change=${(e) => this.flip(e)}>
            ${label}
          </label>
          <p id="switch-azure-reservations-state">
            <strong>${on ? t('common.on') : t('common.off')}</strong>${on && r.enabledSince
              ? html` · ${t('account.onSince', { since: formatDateTime(r.enabledSince), by: r.enabledBy })}` : nothing}
            ${why ? html`<br><small class="switch-reason">${why}</small>` : nothing}
          </p>
          ${!on ? this.renderChecklist(r.prerequisites) : nothing}
          ${problemBox(this.switchProblem)}
          ${this.switchProblem?.problem?.failedChecks ? notice(t('account.fixFirst')) : nothing}
        </li>
      </ul>
      ${may('readActivityLog') ? html`<p><a id="customer-activity-log" href="/activity-log?by=customerId&value=${encodeURIComponent(this.customerId)}">${t('account.activityLog')}</a></p>` : nothing}
    </section>`;
  }

  renderChecklist(prerequisites) {
    return html`<div class="prerequisites">
      <p>${prerequisites.met ? t('account.prerequisitesMet') : t('account.prerequisitesIntro')}</p>
      <ul class="checklist">
        ${prerequisites.checks.map((check) => html`<li class=${check.met ? 'met' : 'unmet'} data-check=${check.code}>
          ${t('account.check.' + check.code)}
          ${check.met ? html` <span class="visually-hidden">${t('account.checkMet')}</span>` : html` — <span class="visually-hidden">${t('account.checkUnmet')}</span>
            <span class="fix">${isCustomerUser() ? t('account.fix.askPartner')
              : html`<a href="/customers/${encodeURIComponent(this.customerId)}/subscriptions">${t('account.fix.' + check.code)}</a>`}</span>`}
        </li>`)}
      </ul>
    </div>`;
  }
}

customElements.define('page-account', AccountPage);
