// Reports: activity by day as a chart (succeeded and failed), by operation type and by user, and the self-serve
// report (per customer: the switch, since when, by whom, the customer's own orders, billed to the partner) with
// its totals over every customer. One view at a time, named in the address; one API call per view (the
// self-serve report two: a page of customers and the totals).
import { html, svg, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatDate, formatDateTime, formatMoney, formatNumber } from '../core/i18n.js';
import { get, nextToken } from '../core/api.js';
import { queryParams, setQuery } from '../core/router.js';
import { empty, formValues, pager } from '../core/ui.js';
import { daysAgo } from './activity-log.js';

const VIEWS = ['day', 'operationType', 'userPrincipalName', 'selfServe'];

class ReportsPage extends Page {
  async load() {
    const q = queryParams();
    this.view = VIEWS.includes(q.get('view')) ? q.get('view') : 'day';
    this.from = q.get('from') || daysAgo(30);
    this.to = q.get('to') || daysAgo(0);
    const window = { startDate: this.from, endDate: this.to };
    if (this.view === 'selfServe') {
      this.pageToken = q.get('page') || '';
      const [report, totals] = await Promise.all([
        get('/reports/selfServe', { ...window, size: 100, continuationToken: this.pageToken || undefined }),
        get('/reports/selfServe/totals', window),
      ]);
      this.items = report.items || [];
      this.next = nextToken(report);
      this.totals = totals;
    } else {
      this.groups = (await get('/reports/activity', { ...window, groupBy: this.view })).groups;
    }
  }

  choose(event) {
    event.preventDefault();
    const v = formValues(event.target);
    setQuery({ view: v.view, from: v.from, to: v.to });
  }

  renderPage() {
    return html`
      <hgroup><h1>${t('reports.title')}</h1><p>${t('reports.intro')}</p></hgroup>
      <form class="toolbar" @submit=${(e) => this.choose(e)} aria-label=${t('reports.choose')}>
        <div><label for="report-view">${t('reports.view')}</label>
          <select id="report-view" name="view">${VIEWS.map((v) => html`<option value=${v} ?selected=${v === this.view}>${t('reports.view.' + v)}</option>`)}</select></div>
        <div><label for="report-from">${t('reports.from')}</label><input id="report-from" name="from" type="date" required .value=${this.from}></div>
        <div><label for="report-to">${t('reports.to')}</label><input id="report-to" name="to" type="date" required .value=${this.to}></div>
        <button type="submit">${t('reports.show')}</button>
      </form>
      ${this.view === 'selfServe' ? this.renderSelfServe() : this.view === 'day' ? this.renderByDay() : this.renderGroups()}`;
  }

  renderByDay() {
    if (this.groups.length === 0) return empty(t('reports.none'));
    const width = 720;
    const height = 220;
    const top = 10;
    const bottom = 30;
    const left = 36;
    const max = Math.max(1, ...this.groups.map((g) => g.succeeded + g.failed));
    const slot = (width - left) / this.groups.length;
    const bar = Math.min(40, Math.max(2, slot * 0.7));
    const scale = (value) => ((height - top - bottom) * value) / max;
    const labelEvery = Math.ceil(this.groups.length / 10);
    return html`<figure class="chart" id="activity-chart">
      <svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="activity-chart-title">
        <title id="activity-chart-title">${t('reports.chartTitle', { from: formatDate(this.from), to: formatDate(this.to) })}</title>
        ${svg`<text x="0" y="${top + 8}">${formatNumber(max)}</text><text x="0" y="${height - bottom}">0</text>`}
        ${this.groups.map((g, i) => {
          const x = left + i * slot;
          const ok = scale(g.succeeded);
          const bad = scale(g.failed);
          const base = height - bottom;
          return svg`<g>
            <rect class="succeeded" x=${x} y=${base - ok} width=${bar} height=${ok}><title>${g.key}: ${t('reports.succeeded')} ${g.succeeded}</title></rect>
            <rect class="failed" x=${x} y=${base - ok - bad} width=${bar} height=${bad}><title>${g.key}: ${t('reports.failed')} ${g.failed}</title></rect>
            ${i % labelEvery === 0 ? svg`<text x=${x} y=${height - 12}>${String(g.key).slice(5, 10)}</text>` : nothing}
          </g>`;
        })}
      </svg>
      <figcaption><span class="legend succeeded">■</span> ${t('reports.succeeded')} <span class="legend failed">■</span> ${t('reports.failed')}</figcaption>
    </figure>
    ${this.renderGroups()}`;
  }

  renderGroups() {
    if (this.groups.length === 0) return empty(t('reports.none'));
    const label = (key) => (this.view === 'operationType' ? t('op.' + key) : this.view === 'day' ? formatDate(key) : key);
    const total = this.groups.reduce((sum, g) => ({ succeeded: sum.succeeded + g.succeeded, failed: sum.failed + g.failed }), { succeeded: 0, failed: 0 });
    return html`<table class="striped report" id="report-table">
      <caption class="visually-hidden">${t('reports.view.' + this.view)}</caption>
      <thead><tr><th scope="col">${t('reports.key.' + this.view)}</th><th scope="col">${t('reports.succeeded')}</th><th scope="col">${t('reports.failed')}</th></tr></thead>
      <tbody>${this.groups.map((g) => html`<tr><td>${label(g.key)}</td><td>${formatNumber(g.succeeded)}</td><td>${formatNumber(g.failed)}</td></tr>`)}</tbody>
      <tfoot><tr><th scope="row">${t('reports.total')}</th><td>${formatNumber(total.succeeded)}</td><td>${formatNumber(total.failed)}</td></tr></tfoot>
    </table>`;
  }

  renderSelfServe() {
    const items = this.items;
    const totals = this.totals;
    return html`<dl class="grid totals" id="self-serve-totals">
        <div><dt>${t('reports.customers')}</dt><dd>${formatNumber(totals.customers)}</dd></div>
        <div><dt>${t('reports.allowed')}</dt><dd>${formatNumber(totals.allowedToPurchase)}</dd></div>
        <div><dt>${t('reports.customerOrders')}</dt><dd>${formatNumber(totals.customerOrders)}</dd></div>
        <div><dt>${t('reports.billedToPartner')}</dt><dd>${formatMoney(totals.billedToPartner)}</dd></div>
      </dl>
      ${items.length === 0 ? empty(t('reports.noCustomers')) : html`<table class="striped report" id="self-serve-report">
      <caption class="visually-hidden">${t('reports.view.selfServe')}</caption>
      <thead><tr><th scope="col">${t('reports.customer')}</th><th scope="col">${t('reports.switch')}</th><th scope="col">${t('reports.since')}</th>
        <th scope="col">${t('reports.by')}</th><th scope="col">${t('reports.customerOrders')}</th><th scope="col">${t('reports.billedToPartner')}</th></tr></thead>
      <tbody>${items.map((i) => html`<tr data-customer=${i.customerId}>
        <td><a href="/customers/${i.customerId}/account">${i.companyName}</a></td>
        <td><span class="badge ${i.allowCustomerToPurchase ? 'on' : 'off'}">${i.allowCustomerToPurchase ? t('common.on') : t('common.off')}</span></td>
        <td>${formatDateTime(i.enabledSince)}</td><td>${i.enabledBy || ''}</td>
        <td>${formatNumber(i.customerOrders || 0)}</td><td>${i.billedToPartner ? formatMoney(i.billedToPartner) : ''}</td>
      </tr>`)}</tbody>
    </table>`}
    ${pager({ label: t('reports.pages'), token: this.pageToken, next: this.next,
      onPage: (page) => setQuery({ view: this.view, from: this.from, to: this.to, page }) })}`;
  }
}

customElements.define('page-reports', ReportsPage);
