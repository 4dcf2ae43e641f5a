// The price list: what customers pay for each reservation, as a markup on the list price with overrides per SKU
// and term. Admin agents and Billing admins change it; every other partner role reads it. One API call.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatDateTime, formatMoney, formatNumber } from '../core/i18n.js';
import { api, get } from '../core/api.js';
import { may } from '../core/session.js';
import { problemBox, notice, formValues } from '../core/ui.js';

class PriceListPage extends Page {
  static properties = { ...Page.properties, saveProblem: { state: true }, saved: { state: true }, region: { state: true } };

  constructor() {
    super();
    this.saveProblem = null;
    this.saved = false;
    this.region = '';
  }

  async load() {
    const answer = await api('GET', '/pricelist');
    this.list = answer.body;
    this.etag = answer.etag || this.list.attributes?.etag;
    this.overrides = new Map(this.list.overrides.map((o) => [`${o.skuId}|${o.term}`, o.unitPrice.amount]));
    this.regions = [...new Set(this.list.prices.map((p) => p.armRegionName))].sort();
    if (!this.region) this.region = this.regions[0] || '';
  }

  async save(event) {
    event.preventDefault();
    const v = formValues(event.target);
    const overrides = new Map(this.overrides);
    for (const price of this.list.prices.filter((p) => p.armRegionName === this.region)) {
      const key = `${price.skuId}|${price.term}`;
      const value = v['override-' + key];
      if (value) overrides.set(key, Number(value));
      else overrides.delete(key);
    }
    this.saveProblem = null;
    this.saved = false;
    try {
      await api('PUT', '/pricelist', {
        etag: this.etag,
        body: {
          markupPercent: Number(v.markupPercent),
          overrides: [...overrides].map(([key, unitPrice]) => {
            const [skuId, term] = key.split('|');
            return { skuId, term, unitPrice };
          }),
        },
      });
      this.saved = true;
      await this.reload();
    } catch (error) {
      this.saveProblem = error;
    }
  }

  renderPage() {
    const mayChange = may('changePriceList');
    const list = this.list;
    const prices = list.prices.filter((p) => p.armRegionName === this.region);
    return html`
      <hgroup><h1>${t('prices.title')}</h1><p>${t('prices.intro')}</p></hgroup>
      ${mayChange ? nothing : notice(t('prices.readOnly'))}
      ${list.updatedAt ? html`<p><small>${t('prices.updated', { at: formatDateTime(list.updatedAt), by: list.updatedBy || '' })}</small></p>` : nothing}
      ${this.saved ? html`<p class="notice" role="status">${t('prices.saved')}</p>` : nothing}
      <form @submit=${(e) => this.save(e)}>
        <div class="grid">
          <div><label for="price-markup">${t('prices.markup')}</label>
            <input id="price-markup" name="markupPercent" type="number" step="0.01" min="-99.99" max="1000" required
              .value=${String(list.markupPercent)} ?disabled=${!mayChange}></div>
          <div><label for="price-region">${t('prices.region')}</label>
            <select id="price-region" @change=${(e) => (this.region = e.target.value)}>
              ${this.regions.map((r) => html`<option value=${r} ?selected=${r === this.region}>${r}</option>`)}</select></div>
        </div>
        <div class="overflow-auto" tabindex="0" role="region" aria-label=${t('prices.title')}><table class="striped prices">
          <caption class="visually-hidden">${t('prices.title')}</caption>
          <thead><tr><th scope="col">${t('prices.size')}</th><th scope="col">${t('prices.term')}</th><th scope="col">${t('prices.listPrice')}</th>
            <th scope="col">${t('prices.customerPrice')}</th><th scope="col">${t('prices.override')}</th></tr></thead>
          <tbody>${prices.map((p) => {
            const key = `${p.skuId}|${p.term}`;
            const id = `override-${p.skuId}-${p.term}`.replace(/[^A-Za-z0-9-]/g, '-');
            return html`<tr data-sku=${p.skuId} data-term=${p.term}>
              <th scope="row">${p.armSkuName}</th><td>${t('reservation.term.' + p.term)}</td>
              <td>${formatMoney(p.listPrice)}</td><td>${formatMoney(p.customerPrice)}</td>
              <td><label class="visually-hidden" for=${id}>${t('prices.overrideOf', { sku: p.armSkuName, term: t('reservation.term.' + p.term) })}</label>
                <input id=${id} name="override-${key}" type="number" step="0.01" min="0.01" .value=${this.overrides.has(key) ? String(this.overrides.get(key)) : ''}
                  placeholder=${formatNumber(p.customerPrice.amount)} ?disabled=${!mayChange}></td>
            </tr>`;
          })}</tbody>
        </table></div>
        ${mayChange ? html`<button type="submit">${t('common.save')}</button>` : nothing}
      </form>
      ${problemBox(this.saveProblem, { id: 'price-problem' })}`;
  }
}

customElements.define('page-price-list', PriceListPage);
