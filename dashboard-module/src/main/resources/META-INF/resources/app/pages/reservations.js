// A customer's reservations: SKU, region, quantity, term, scope and the subscriptions it applies to, dates,
// status, auto-renewal, who bought it. The partner alone may cancel (the refund and what is left of the
// 12-month refund limit shown before confirming), exchange, renew and change the scope; a customer's user
// sees those actions disabled and is told to ask the partner, as the help page says.
// Two API calls: a keyset page of reservations, and the customer's subscriptions (to name the ones a reservation
// applies to; the first 500, beyond which a subscription is shown by its id).
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatDate, formatMoney } from '../core/i18n.js';
import { api, get, nextToken } from '../core/api.js';
import { may, isCustomerUser } from '../core/session.js';
import { queryParams, setQuery } from '../core/router.js';
import { confirmDialog, empty, formDialog, notice, pager, problemBox } from '../core/ui.js';

const PAGE_SIZE = 50;

class ReservationsPage extends Page {
  static properties = { ...Page.properties, actionProblem: { state: true }, done: { state: true } };

  constructor() {
    super();
    this.actionProblem = null;
    this.done = null;
  }

  get base() {
    return `/customers/${encodeURIComponent(this.params.customerId)}`;
  }

  async load() {
    const q = queryParams();
    this.pageToken = q.get('page') || '';
    const [reservations, subscriptions] = await Promise.all([
      get(`${this.base}/reservations`, { size: PAGE_SIZE, continuationToken: this.pageToken || undefined }),
      get(`${this.base}/subscriptions`, { size: 500 }),
    ]);
    this.reservations = reservations.items || [];
    this.next = nextToken(reservations);
    this.subscriptionNames = new Map((subscriptions.items || []).map((s) => [s.id, s.friendlyName || s.offerName || s.id]));
    this.bought = q.get('bought') === '1';
  }

  name(subscriptionId) {
    return this.subscriptionNames.get(subscriptionId) || subscriptionId;
  }

  async act(label, work) {
    this.actionProblem = null;
    this.done = null;
    try {
      const answer = await work();
      if (answer === undefined) return;
      this.done = label;
      await this.reload();
    } catch (error) {
      this.actionProblem = error;
    }
  }

  cancel(r) {
    return this.act(t('reservation.cancelled'), async () => {
      const preview = await get(`${this.base}/reservations/${r.id}/cancellation`);
      const confirmed = await confirmDialog({
        title: t('reservation.cancelTitle', { sku: r.armSkuName }),
        content: html`<dl id="cancel-preview">
            <dt>${t('reservation.refund')}</dt><dd id="cancel-refund">${formatMoney(preview.refund)}</dd>
            <dt>${t('reservation.refundLeft')}</dt><dd id="cancel-left">${formatMoney(preview.left)}
              <small>(${t('reservation.refundLimitOf', { limit: formatMoney(preview.refundLimit), used: formatMoney(preview.cancelledLast12Months) })})</small></dd>
          </dl>
          ${preview.allowed ? html`<p>${t('reservation.cancelMeans')}</p>` : notice(t('reservation.overLimit'))}`,
        confirmLabel: t('reservation.cancel'),
        danger: true,
      });
      if (!confirmed) return undefined;
      return api('POST', `${this.base}/reservations/${r.id}/cancel`);
    });
  }

  renew(r) {
    return this.act(t('reservation.renewed'), async () => {
      const confirmed = await confirmDialog({
        title: t('reservation.renewTitle', { sku: r.armSkuName }),
        content: html`<p>${t('reservation.renewMeans', { expiry: formatDate(r.expiryDate) })}</p>`,
        confirmLabel: t('reservation.renew'),
      });
      if (!confirmed) return undefined;
      return api('POST', `${this.base}/reservations/${r.id}/renew`);
    });
  }

  changeScope(r) {
    return this.act(t('reservation.scopeChanged'), async () => {
      const values = await formDialog({
        title: t('reservation.scopeTitle', { sku: r.armSkuName }),
        content: html`<label for="scope-choice">${t('reservation.scope')}</label>
          <select id="scope-choice" name="scope">
            ${['single', 'shared', 'resourceGroup'].map((s) => html`<option value=${s} ?selected=${s === r.scope}>${t('reservation.scope.' + s)}</option>`)}
          </select>
          <label for="scope-resource-group">${t('reservation.resourceGroupIfScoped')}</label>
          <input id="scope-resource-group" name="resourceGroup" maxlength="90" .value=${r.resourceGroup || ''}>`,
        confirmLabel: t('reservation.changeScope'),
      });
      if (!values) return undefined;
      return api('PATCH', `${this.base}/reservations/${r.id}`, {
        body: { scope: values.scope, resourceGroup: values.scope === 'resourceGroup' ? values.resourceGroup : null },
        etag: r.attributes?.etag,
      });
    });
  }

  exchange(r) {
    return this.act(t('reservation.exchanged'), async () => {
      // The catalog of the reservation's region, asked when the partner opens the exchange (not on every render).
      const catalog = (await get('/products/reservations', { armRegionName: r.armRegionName, size: 500 })).items || [];
      const values = await formDialog({
        title: t('reservation.exchangeTitle', { sku: r.armSkuName }),
        content: html`<p>${t('reservation.exchangeMeans')}</p>
          <label for="exchange-item">${t('reservation.exchangeFor')}</label>
          <select id="exchange-item" name="catalogItemId" required>
            ${catalog.map((item) => html`<option value=${item.catalogItemId} ?selected=${item.armSkuName === r.armSkuName && item.term === r.term}>
              ${item.armSkuName} · ${t('reservation.term.' + item.term)} · ${formatMoney(item.price)}</option>`)}
          </select>
          <label for="exchange-quantity">${t('buy.quantity')}</label>
          <input id="exchange-quantity" name="quantity" type="number" min="1" max="1000" required .value=${String(r.quantity)}>`,
        confirmLabel: t('reservation.exchange'),
      });
      if (!values) return undefined;
      return api('POST', `${this.base}/reservations/${r.id}/exchange`, {
        body: {
          billingCycle: r.billingCycle === 'monthly' ? 'monthly' : 'one_time',
          lineItems: [{
            lineItemNumber: 0, offerId: values.catalogItemId, quantity: Number(values.quantity),
            provisioningContext: { subscriptionId: r.subscriptionId, scope: r.scope, ...(r.resourceGroup ? { resourceGroup: r.resourceGroup } : {}) },
          }],
        },
      });
    });
  }

  renderPage() {
    return html`
      <hgroup><h1>${t('reservations.title')}</h1><p>${t('reservations.intro')}</p></hgroup>
      ${this.bought ? html`<p class="notice" role="status" id="bought">${t('reservations.bought')}</p>` : nothing}
      ${this.done ? html`<p class="notice" role="status">${this.done}</p>` : nothing}
      ${isCustomerUser() ? html`<div id="ask-your-partner">${notice(t('reservations.askPartner'))}</div>` : nothing}
      ${problemBox(this.actionProblem, { id: 'reservation-problem' })}
      <p><a role="button" class="secondary" href="${this.base}/buy-reservation">${t('nav.buyReservation')}</a></p>
      ${this.reservations.length === 0 ? empty(t('reservations.none')) : this.renderTable()}
      ${pager({ label: t('reservations.pages'), token: this.pageToken, next: this.next, onPage: (page) => setQuery({ page }) })}`;
  }

  renderTable() {
    return html`<div class="overflow-auto" tabindex="0" role="region" aria-label=${t('reservations.title')}><table class="striped reservations">
      <caption class="visually-hidden">${t('reservations.title')}</caption>
      <thead><tr>
        <th scope="col">${t('reservation.sku')}</th>
        <th scope="col">${t('reservation.termAndBilling')}</th>
        <th scope="col">${t('reservation.scope')}</th>
        <th scope="col">${t('reservation.dates')}</th>
        <th scope="col">${t('reservation.statusAndBuyer')}</th>
        <th scope="col">${t('common.actions')}</th>
      </tr></thead>
      <tbody>${this.reservations.map((r) => this.renderRow(r))}</tbody>
    </table></div>`;
  }

  renderRow(r) {
    const active = r.status === 'active';
    const partner = may('manageReservations');
    const disabled = !partner || !active;
    const why = isCustomerUser() ? t('common.askYourPartner') : !partner ? t('common.readOnly') : null;
    const button = (label, handler, danger = false) => html`<button type="button" class="outline ${danger ? 'danger-outline' : ''}"
      ?disabled=${disabled} aria-describedby=${why ? `why-${r.id}` : nothing} @click=${() => handler.call(this, r)}>${label}</button>`;
    return html`<tr data-reservation=${r.id} data-status=${r.status}>
      <td><strong>${r.quantity} × ${r.armSkuName}</strong><br><small>${r.armRegionName}</small></td>
      <td>${t('reservation.term.' + r.term)}<br><small>${t('reservation.billing.' + (r.billingCycle === 'monthly' ? 'monthly' : 'one_time'))}
        · ${formatMoney(r.unitPrice)}</small></td>
      <td>${t('reservation.scope.' + r.scope)}${r.resourceGroup ? html`<br><small>${r.resourceGroup}</small>` : nothing}
        <ul class="applied">${(r.appliedScopes || []).map((id) => html`<li><small>${this.name(id)}</small></li>`)}</ul></td>
      <td><small>${t('reservation.purchased')} ${formatDate(r.purchaseDate)}<br>${t('reservation.expires')} ${formatDate(r.expiryDate)}
        <br>${t('reservation.autoRenew')}: ${r.autoRenew ? t('common.on') : t('common.off')}</small></td>
      <td><span class="badge ${active ? 'on' : 'off'}">${t('reservation.status.' + r.status)}</span>
        <br><span class="visually-hidden">${t('reservation.purchasedBy')}: </span><span class="badge ${r.purchasedBy?.operatorType === 'customer' ? 'customer' : 'partner'}">${t('operator.' + (r.purchasedBy?.operatorType || 'partner'))}</span>
        <br><small class="upn">${r.purchasedBy?.userPrincipalName || ''}</small></td>
      <td class="actions">
        ${button(t('reservation.cancel'), this.cancel, true)} ${button(t('reservation.exchange'), this.exchange)}
        ${button(t('reservation.renew'), this.renew)} ${button(t('reservation.changeScope'), this.changeScope)}
        ${why && active ? html`<br><small id="why-${r.id}" class="why">${why}</small>` : nothing}
      </td>
    </tr>`;
  }
}

customElements.define('page-reservations', ReservationsPage);
