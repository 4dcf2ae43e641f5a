// Buy reservation: the partner buys for its customer, or the customer's own user buys on the partner's bill.
// The price shown is the partner's price (the one the order charges); the partner also sees the list price
// beside it. Two API calls: the catalog, and what the signed-in user may buy on which subscription
// (purchase options: the switch, the eligible Azure subscriptions, the user's roles on them).
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatMoney } from '../core/i18n.js';
import { api, get } from '../core/api.js';
import { isCustomerUser } from '../core/session.js';
import { navigate } from '../core/router.js';
import { confirmDialog, empty, notice, problemBox } from '../core/ui.js';

class BuyReservationPage extends Page {
  static properties = {
    ...Page.properties, choice: { state: true }, buyProblem: { state: true }, buying: { state: true },
  };

  constructor() {
    super();
    this.choice = {};
    this.buyProblem = null;
    this.buying = false;
  }

  get customerId() {
    return this.params.customerId;
  }

  async load() {
    const [catalog, options] = await Promise.all([
      get('/products/reservations', { size: 500 }),
      get(`/customers/${encodeURIComponent(this.customerId)}/purchaseOptions/azureReservations`),
    ]);
    this.catalog = catalog.items || [];
    this.options = options;
    this.regions = [...new Set(this.catalog.map((item) => item.armRegionName))].sort();
    const firstSubscription = options.subscriptions.find((s) => s.mayBuy);
    this.choice = {
      region: this.regions[0], term: 'P1Y', quantity: 1, billingCycle: 'one_time', scope: 'single',
      subscriptionId: firstSubscription?.subscriptionId, autoRenew: false, resourceGroup: '',
    };
    this.choice.sku = this.sizesIn(this.choice.region)[0];
  }

  sizesIn(region) {
    return [...new Set(this.catalog.filter((item) => item.armRegionName === region).map((item) => item.armSkuName))].sort();
  }

  /** The catalog item the form names, or undefined. */
  item() {
    const c = this.choice;
    return this.catalog.find((i) => i.armRegionName === c.region && i.armSkuName === c.sku && i.term === c.term);
  }

  choose(name, value) {
    const next = { ...this.choice, [name]: value };
    if (name === 'region' && !this.sizesIn(value).includes(next.sku)) next.sku = this.sizesIn(value)[0];
    this.choice = next;
    this.buyProblem = null;
  }

  /** Why the signed-in user cannot buy here at all, or null. */
  whyNot() {
    if (isCustomerUser() && !this.options.allowCustomerToPurchase) return t('buy.switchOff');
    if (!this.options.subscriptions.some((s) => s.mayBuy)) {
      const reasons = this.options.subscriptions.map((s) => s.reason).filter(Boolean);
      if (this.options.subscriptions.length === 0) return isCustomerUser() ? t('buy.noAzureSubscriptionCustomer') : t('buy.noAzureSubscription');
      return t('buy.reason.' + (reasons[0] || 'owner_role_required'));
    }
    return null;
  }

  async buy(event) {
    event.preventDefault();
    const item = this.item();
    const c = this.choice;
    const quantity = Number(c.quantity);
    const total = item.price.amount * quantity;
    const confirmed = await confirmDialog({
      title: t('buy.confirmTitle'),
      content: html`<p>${t('buy.confirmText', {
        quantity, sku: item.armSkuName, region: item.armRegionName, term: t('reservation.term.' + item.term),
        total: formatMoney(total, item.price.currency),
      })}</p><p>${t('buy.billedToPartner')}</p>`,
      confirmLabel: t('buy.buy'),
    });
    if (!confirmed) return;
    const context = { subscriptionId: c.subscriptionId, scope: c.scope, autoRenew: c.autoRenew ? 'true' : 'false' };
    if (c.scope === 'resourceGroup') context.resourceGroup = c.resourceGroup;
    this.buying = true;
    this.buyProblem = null;
    try {
      await api('POST', `/customers/${encodeURIComponent(this.customerId)}/orders`, {
        body: {
          billingCycle: c.billingCycle,
          lineItems: [{ lineItemNumber: 0, offerId: item.catalogItemId, friendlyName: item.title, quantity, provisioningContext: context }],
        },
      });
      navigate(`/customers/${encodeURIComponent(this.customerId)}/reservations?bought=1`);
    } catch (error) {
      this.buyProblem = error;
    } finally {
      this.buying = false;
    }
  }

  renderPage() {
    const why = this.whyNot();
    return html`
      <hgroup><h1>${t('buy.title')}</h1><p>${isCustomerUser() ? t('buy.introCustomer') : t('buy.introPartner')}</p></hgroup>
      ${why ? html`<div id="buy-not-possible">${notice(why)}</div>` : nothing}
      ${this.catalog.length === 0 ? empty(t('buy.noCatalog')) : this.renderForm(why !== null)}`;
  }

  renderForm(disabled) {
    const c = this.choice;
    const item = this.item();
    const select = (name, label, values, text = (v) => v) => html`<div>
      <label for="buy-${name}">${label}</label>
      <select id="buy-${name}" name=${name} @change=${(e) => this.choose(name, e.target.value)}>
        ${values.map((v) => html`<option value=${v} ?selected=${String(c[name]) === String(v)}>${text(v)}</option>`)}
      </select></div>`;
    const quantity = Number(c.quantity) || 0;
    return html`<form @submit=${(e) => this.buy(e)} id="buy-form">
      <div class="grid">
        ${select('region', t('buy.region'), this.regions)}
        ${select('sku', t('buy.size'), this.sizesIn(c.region))}
        ${select('term', t('buy.term'), ['P1Y', 'P3Y'], (v) => t('reservation.term.' + v))}
      </div>
      <div class="grid">
        <div><label for="buy-quantity">${t('buy.quantity')}</label>
          <input id="buy-quantity" name="quantity" type="number" min="1" max="1000" required .value=${String(c.quantity)}
            @input=${(e) => this.choose('quantity', e.target.value)}></div>
        ${select('billingCycle', t('buy.billingCycle'), ['one_time', 'monthly'], (v) => t('reservation.billing.' + v))}
        <div><label for="buy-subscriptionId">${t('buy.subscription')}</label>
          <select id="buy-subscriptionId" name="subscriptionId" required @change=${(e) => this.choose('subscriptionId', e.target.value)}>
            ${this.options.subscriptions.map((s) => html`<option value=${s.subscriptionId} ?disabled=${!s.mayBuy}
              ?selected=${c.subscriptionId === s.subscriptionId}>${s.friendlyName}${s.mayBuy ? '' : ' — ' + t('buy.reasonShort.' + (s.reason || 'owner_role_required'))}</option>`)}
          </select></div>
      </div>
      <div class="grid">
        ${select('scope', t('reservation.scope'), ['single', 'shared', 'resourceGroup'], (v) => t('reservation.scope.' + v))}
        ${c.scope === 'resourceGroup' ? html`<div><label for="buy-resourceGroup">${t('reservation.resourceGroup')}</label>
          <input id="buy-resourceGroup" name="resourceGroup" required maxlength="90" .value=${c.resourceGroup}
            @input=${(e) => this.choose('resourceGroup', e.target.value)}></div>` : nothing}
        <div><label for="buy-autoRenew"><input type="checkbox" id="buy-autoRenew" name="autoRenew" .checked=${c.autoRenew}
          @change=${(e) => this.choose('autoRenew', e.target.checked)}> ${t('reservation.autoRenew')}</label></div>
      </div>
      ${item ? this.renderPrice(item, quantity) : notice(t('buy.notOffered'))}
      <button type="submit" id="buy-submit" ?disabled=${disabled || !item || !c.subscriptionId || this.buying}
        aria-busy=${this.buying ? 'true' : 'false'}>${t('buy.buy')}</button>
      ${problemBox(this.buyProblem, { id: 'buy-problem' })}
    </form>`;
  }

  renderPrice(item, quantity) {
    const currency = item.price.currency;
    return html`<dl class="grid price" id="buy-price">
      <div><dt>${isCustomerUser() ? t('buy.yourPrice') : t('buy.partnerPrice')}</dt>
        <dd data-price=${item.price.amount}>${formatMoney(item.price.amount, currency)} <small>${t('buy.perUnitTerm')}</small></dd></div>
      ${!isCustomerUser() && item.listPrice ? html`<div><dt>${t('buy.listPrice')}</dt>
        <dd data-list-price=${item.listPrice.amount}>${formatMoney(item.listPrice.amount, item.listPrice.currency)} <small>${t('buy.perUnitTerm')}</small></dd></div>` : nothing}
      <div><dt>${t('buy.total')}</dt><dd id="buy-total">${formatMoney(item.price.amount * quantity, currency)}</dd></div>
    </dl>`;
  }
}

customElements.define('page-buy-reservation', BuyReservationPage);
