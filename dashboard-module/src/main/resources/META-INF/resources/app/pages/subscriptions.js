// A customer's subscriptions: offer, status, billing type, quantity; the partner buys one, suspends, activates
// or deletes it (with its etag, so a change made meanwhile elsewhere is not overwritten), and opens Manage for
// its role assignments. A customer's user sees its subscriptions and its own roles on them.
// Two API calls: a keyset page of subscriptions, and (for a customer's user) its own role assignments.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatDate } from '../core/i18n.js';
import { api, get, nextToken } from '../core/api.js';
import { queryParams, setQuery } from '../core/router.js';
import { may, isCustomerUser, signedIn } from '../core/session.js';
import { confirmDialog, empty, problemBox, formValues, pager } from '../core/ui.js';

const PAGE_SIZE = 50;

class SubscriptionsPage extends Page {
  static properties = {
    ...Page.properties, buying: { state: true }, offers: { state: true }, actionProblem: { state: true },
  };

  constructor() {
    super();
    this.buying = false;
    this.offers = null;
    this.actionProblem = null;
  }

  get base() {
    return `/customers/${encodeURIComponent(this.params.customerId)}`;
  }

  async load() {
    this.pageToken = queryParams().get('page') || '';
    // A user's own roles: a handful (four roles per subscription at most); one page of 500 holds them.
    const [subscriptions, assignments] = await Promise.all([
      get(`${this.base}/subscriptions`, { size: PAGE_SIZE, continuationToken: this.pageToken || undefined }),
      isCustomerUser() ? get(`${this.base}/roleAssignments`, { userId: signedIn().userId, size: 500 }) : null,
    ]);
    this.subscriptions = subscriptions.items || [];
    this.next = nextToken(subscriptions);
    this.myRoles = new Map();
    for (const a of assignments?.items || []) {
      this.myRoles.set(a.subscriptionId, [...(this.myRoles.get(a.subscriptionId) || []), a.role]);
    }
  }

  async openBuy() {
    this.buying = !this.buying;
    if (this.buying && !this.offers) {
      try {
        this.offers = (await get('/offers', { size: 500 })).items || []; // the catalog of offers: a few dozen
      } catch (error) {
        this.actionProblem = error;
        this.buying = false;
      }
    }
  }

  async buy(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const offer = this.offers.find((o) => o.id === v.offerId);
    const body = { offerId: v.offerId, friendlyName: v.friendlyName || offer?.name, quantity: Number(v.quantity || 1) };
    if (offer?.billingType === 'license') body.termDuration = v.termDuration || 'P1M';
    this.actionProblem = null;
    try {
      await api('POST', `${this.base}/subscriptions`, { body });
      this.buying = false;
      await this.reload();
    } catch (error) {
      this.actionProblem = error;
    }
  }

  async setStatus(s, status) {
    const confirmed = await confirmDialog({
      title: t('subscriptions.confirm.' + status, { name: s.friendlyName }),
      content: html`<p>${t('subscriptions.means.' + status)}</p>`,
      confirmLabel: t('subscriptions.action.' + status),
      danger: status !== 'active',
    });
    if (!confirmed) return;
    this.actionProblem = null;
    try {
      await api('PATCH', `${this.base}/subscriptions/${s.id}`, { body: { status }, etag: s.attributes?.etag });
      await this.reload();
    } catch (error) {
      this.actionProblem = error;
    }
  }

  renderPage() {
    const partner = may('manageCustomers');
    return html`
      <hgroup><h1>${t('subscriptions.title')}</h1><p>${isCustomerUser() ? t('subscriptions.introCustomer') : t('subscriptions.intro')}</p></hgroup>
      ${partner ? html`<p><button type="button" class="secondary" aria-expanded=${this.buying ? 'true' : 'false'} aria-controls="buy-subscription"
        @click=${() => this.openBuy()}>${t('subscriptions.buy')}</button></p>` : nothing}
      ${this.buying && this.offers ? this.renderBuy() : nothing}
      ${problemBox(this.actionProblem, { id: 'subscription-problem' })}
      ${this.subscriptions.length === 0 ? empty(t('subscriptions.none')) : this.renderTable(partner)}
      ${pager({ label: t('subscriptions.pages'), token: this.pageToken, next: this.next, onPage: (page) => setQuery({ page }) })}`;
  }

  renderBuy() {
    return html`<article id="buy-subscription"><h2>${t('subscriptions.buy')}</h2>
      <form @submit=${(e) => this.buy(e)}>
        <div class="grid">
          <div><label for="subscription-offer">${t('subscriptions.offer')}</label>
            <select id="subscription-offer" name="offerId" required>
              ${this.offers.map((o) => html`<option value=${o.id}>${o.name} (${t('subscriptions.billing.' + o.billingType)})</option>`)}
            </select></div>
          <div><label for="subscription-name">${t('subscriptions.friendlyName')}</label>
            <input id="subscription-name" name="friendlyName" maxlength="100"></div>
        </div>
        <div class="grid">
          <div><label for="subscription-quantity">${t('subscriptions.quantity')}</label>
            <input id="subscription-quantity" name="quantity" type="number" min="1" value="1" required aria-describedby="subscription-quantity-hint">
            <small id="subscription-quantity-hint">${t('subscriptions.quantityHint')}</small></div>
          <div><label for="subscription-term">${t('subscriptions.term')}</label>
            <select id="subscription-term" name="termDuration"><option value="P1M">${t('subscriptions.term.P1M')}</option>
              <option value="P1Y">${t('subscriptions.term.P1Y')}</option></select></div>
        </div>
        <button type="submit">${t('subscriptions.place')}</button>
      </form></article>`;
  }

  renderTable(partner) {
    return html`<div class="overflow-auto" tabindex="0" role="region" aria-label=${t('subscriptions.title')}><table class="striped subscriptions">
      <caption class="visually-hidden">${t('subscriptions.title')}</caption>
      <thead><tr>
        <th scope="col">${t('subscriptions.name')}</th>
        <th scope="col">${t('subscriptions.offer')}</th>
        <th scope="col">${t('subscriptions.status')}</th>
        <th scope="col">${t('subscriptions.billingType')}</th>
        <th scope="col">${t('subscriptions.quantity')}</th>
        <th scope="col">${isCustomerUser() ? t('subscriptions.yourRoles') : t('common.actions')}</th>
      </tr></thead>
      <tbody>${this.subscriptions.map((s) => html`<tr data-subscription=${s.id} data-status=${s.status}>
        <td><strong>${s.friendlyName}</strong><br><code class="mono">${s.id}</code></td>
        <td>${s.offerName}<br><small>${s.offerId}</small></td>
        <td><span class="badge ${s.status === 'active' ? 'on' : 'off'}">${t('subscriptions.status.' + s.status)}</span>
          ${s.creationDate ? html`<br><small>${t('subscriptions.since', { date: formatDate(s.creationDate) })}</small>` : nothing}</td>
        <td>${t('subscriptions.billing.' + s.billingType)}</td>
        <td>${s.quantity}</td>
        <td>${isCustomerUser() ? this.renderMyRoles(s) : this.renderActions(s, partner)}</td>
      </tr>`)}</tbody>
    </table></div>`;
  }

  renderMyRoles(s) {
    const roles = this.myRoles.get(s.id) || [];
    return roles.length ? roles.map((r) => t('role.azure.' + r)).join(', ') : html`<small>${t('common.none')}</small>`;
  }

  renderActions(s, partner) {
    const manage = html`<a href="${this.base}/subscriptions/${s.id}" aria-label=${t('subscriptions.manageOf', { name: s.friendlyName })}>${t('subscriptions.manage')}</a>`;
    if (!partner || s.status === 'deleted') return manage;
    const action = (status) => html`<button type="button" class="outline secondary" @click=${() => this.setStatus(s, status)}
      aria-label=${t('subscriptions.actionOf.' + status, { name: s.friendlyName })}>${t('subscriptions.action.' + status)}</button>`;
    return html`${manage} ${s.status === 'active' ? action('suspended') : action('active')} ${action('deleted')}`;
  }
}

customElements.define('page-subscriptions', SubscriptionsPage);
