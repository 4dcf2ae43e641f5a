// Order history: the partner's and the customer's own purchases together, newest first, each with a badge
// Partner / Customer and the user, unit and total price, billed to the partner; filtered by who purchased
// (in the address); the Buy reservation flow one click away. One API call: the page of orders.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatDateTime, formatMoney } from '../core/i18n.js';
import { get, nextToken } from '../core/api.js';
import { queryParams, setQuery } from '../core/router.js';
import { empty, pager } from '../core/ui.js';

const PAGE_SIZE = 25;
const PURCHASERS = ['partner', 'customer'];

class OrdersPage extends Page {
  get base() {
    return `/customers/${encodeURIComponent(this.params.customerId)}`;
  }

  async load() {
    const q = queryParams();
    this.purchasedBy = PURCHASERS.includes(q.get('purchasedBy')) ? q.get('purchasedBy') : '';
    this.pageToken = q.get('page') || '';
    const page = await get(`${this.base}/orders`, {
      size: PAGE_SIZE, purchasedBy: this.purchasedBy || undefined, continuationToken: this.pageToken || undefined,
    });
    this.orders = page.items || [];
    this.next = nextToken(page);
  }

  renderPage() {
    return html`
      <hgroup><h1>${t('orders.title')}</h1><p>${t('orders.intro')}</p></hgroup>
      <div class="toolbar">
        <div><label for="orders-purchased-by">${t('orders.purchasedByFilter')}</label>
          <select id="orders-purchased-by" @change=${(e) => setQuery({ purchasedBy: e.target.value })}>
            <option value="" ?selected=${!this.purchasedBy}>${t('common.all')}</option>
            ${PURCHASERS.map((p) => html`<option value=${p} ?selected=${this.purchasedBy === p}>${t('orders.by.' + p)}</option>`)}
          </select></div>
        <a role="button" class="secondary" href="${this.base}/buy-reservation">${t('nav.buyReservation')}</a>
      </div>
      ${this.orders.length === 0 ? empty(t('orders.none')) : this.renderTable()}
      ${pager({ label: t('orders.pages'), token: this.pageToken, next: this.next,
        onPage: (page) => setQuery({ purchasedBy: this.purchasedBy, page }) })}`;
  }

  renderTable() {
    return html`<div class="overflow-auto" tabindex="0" role="region" aria-label=${t('orders.title')}><table class="striped orders">
      <caption class="visually-hidden">${t('orders.title')}</caption>
      <thead><tr>
        <th scope="col">${t('orders.date')}</th>
        <th scope="col">${t('orders.items')}</th>
        <th scope="col">${t('orders.unitPrice')}</th>
        <th scope="col">${t('orders.total')}</th>
        <th scope="col">${t('orders.purchasedBy')}</th>
        <th scope="col">${t('orders.billedTo')}</th>
      </tr></thead>
      <tbody>${this.orders.map((o) => {
        const by = o.purchasedBy?.operatorType === 'customer' ? 'customer' : 'partner';
        return html`<tr data-order=${o.id} data-purchased-by=${by}>
          <td>${formatDateTime(o.creationDate)}<br><small>${t('orders.kind.' + (o.kind || 'purchase'))} · <code class="mono">${o.id.slice(0, 8)}</code></small></td>
          <td><ul class="lines">${o.lineItems.map((l) => html`<li>${l.quantity} × ${l.friendlyName || l.offerId}
            ${l.termDuration ? html`<small>(${t('reservation.term.' + l.termDuration)})</small>` : nothing}</li>`)}</ul></td>
          <td><ul class="lines">${o.lineItems.map((l) => html`<li>${l.unitPrice === undefined || l.unitPrice === null ? '' : formatMoney(l.unitPrice, o.currencyCode)}</li>`)}</ul></td>
          <td><strong>${formatMoney(o.totalPrice, o.currencyCode)}</strong></td>
          <td><span class="badge ${by}">${t('orders.by.' + by)}</span><br><small>${o.purchasedBy?.userPrincipalName || ''}</small></td>
          <td>${t('orders.billedToPartner')}</td>
        </tr>`;
      })}</tbody>
    </table></div>`;
  }
}

customElements.define('page-orders', OrdersPage);
