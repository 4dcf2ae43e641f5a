// The activity log (behind the gear icon; Admin agents and Global admins): From/To (the last 30 days unless
// chosen; any length), one filter as Partner Center has it, newest first, keyset pages. Every filter lives in
// the address, so a link (the Account page's "this customer's entries") or a reload shows the same rows.
// One API call per render: the page of records. Download CSV asks the server for a short-lived signed link
// (a plain link cannot carry the Bearer token) and follows it; Check integrity asks on demand.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatUtc, formatDateTime } from '../core/i18n.js';
import { api, get, filter, nextToken } from '../core/api.js';
import { queryParams, setQuery } from '../core/router.js';
import { empty, problemBox, formValues, pager } from '../core/ui.js';

const PAGE_SIZE = 50;
const DEFAULT_DAYS = 30;

/** The filters the API offers (one at a time), with the field name it expects. */
const FILTERS = {
  customerId: { field: 'CustomerId', operator: 'equals' },
  companyName: { field: 'CompanyName', operator: 'substring' },
  resourceType: { field: 'ResourceType', operator: 'equals' },
  operationType: { field: 'OperationType', operator: 'equals' },
  userPrincipalName: { field: 'UserPrincipalName', operator: 'substring' },
};

const RESOURCE_TYPES = ['customer', 'customer_user', 'subscription', 'role_assignment', 'self_serve_policy',
  'cart', 'order', 'reservation', 'price_list', 'purchase_webhook'];

const OPERATION_TYPES = ['add_customer', 'update_customer_billing_profile', 'create_customer_user',
  'update_customer_user', 'delete_customer_user', 'update_subscription', 'create_role_assignment',
  'delete_role_assignment', 'create_self_serve_policy', 'update_self_serve_policy', 'delete_self_serve_policy',
  'create_cart', 'update_cart', 'create_order', 'cancel_reservation', 'exchange_reservation', 'renew_reservation',
  'update_reservation_scope', 'update_price_list', 'update_purchase_webhook'];

/** yyyy-mm-dd of a day some days before today, in UTC (the log's dates are UTC). */
export function daysAgo(days) {
  return new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
}

/** The action in Partner Center's words, in the reader's language; the server's display name when unknown. */
function actionName(record) {
  const key = 'op.' + record.operationType;
  const text = t(key);
  return text === key ? record.displayName || record.operationType : text;
}

class ActivityLogPage extends Page {
  static properties = {
    ...Page.properties, expanded: { state: true }, integrity: { state: true }, downloadProblem: { state: true },
    checking: { state: true }, draftBy: { state: true },
  };

  constructor() {
    super();
    this.expanded = new Set();
    this.integrity = null;
    this.downloadProblem = null;
    this.checking = false;
  }

  /** The question the address asks: window, filter, page. */
  question() {
    const q = queryParams();
    const by = FILTERS[q.get('by')] ? q.get('by') : '';
    return {
      from: q.get('from') || daysAgo(DEFAULT_DAYS),
      to: q.get('to') || daysAgo(0),
      by,
      value: by ? q.get('value') || '' : '',
      page: q.get('page') || '',
    };
  }

  apiQuery(question) {
    const wanted = FILTERS[question.by];
    return {
      startDate: question.from,
      endDate: question.to,
      filter: wanted && question.value ? filter(wanted.field, question.value, wanted.operator) : undefined,
    };
  }

  async load() {
    this.current = this.question(); // what the address asks and the table shows; the form edits a draft
    this.draftBy = this.current.by;
    const page = await get('/auditrecords', {
      ...this.apiQuery(this.current), size: PAGE_SIZE, continuationToken: this.current.page || undefined,
    });
    this.records = page.items || [];
    this.next = nextToken(page);
    this.expanded = new Set();
  }

  search(event) {
    event.preventDefault();
    const v = formValues(event.target);
    setQuery({ from: v.from, to: v.to, by: v.by, value: v.by ? v.value : undefined });
  }

  goTo(token) {
    const q = this.current;
    setQuery({ from: q.from, to: q.to, by: q.by, value: q.value, page: token || undefined });
  }

  toggle(id) {
    const open = new Set(this.expanded);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.expanded = open;
  }

  /** Downloads what the table shows: the query of the address, not a filter chosen in the form but not shown yet. */
  async download() {
    this.downloadProblem = null;
    try {
      const link = (await api('POST', '/auditrecords/downloads', { body: this.apiQuery(this.question()) })).body;
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.download = '';
      anchor.id = 'csv-link';
      anchor.hidden = true;
      this.querySelector('#csv-link')?.remove();
      this.append(anchor);
      anchor.click();
    } catch (error) {
      this.downloadProblem = error;
    }
  }

  async checkIntegrity() {
    this.checking = true;
    try {
      this.integrity = { result: await get('/auditrecords/integrity') };
    } catch (error) {
      this.integrity = { error };
    } finally {
      this.checking = false;
    }
  }

  renderPage() {
    const q = this.current;
    return html`
      <hgroup><h1>${t('log.title')}</h1><p>${t('log.intro')}</p></hgroup>
      <form class="toolbar" @submit=${(e) => this.search(e)} aria-label=${t('log.filters')}>
        <div><label for="log-from">${t('log.from')}</label><input id="log-from" name="from" type="date" required .value=${q.from}></div>
        <div><label for="log-to">${t('log.to')}</label><input id="log-to" name="to" type="date" required .value=${q.to}></div>
        <div><label for="log-by">${t('log.filterBy')}</label>
          <select id="log-by" name="by" @change=${(e) => (this.draftBy = e.target.value)}>
            <option value="" ?selected=${!this.draftBy}>${t('log.noFilter')}</option>
            ${Object.keys(FILTERS).map((by) => html`<option value=${by} ?selected=${this.draftBy === by}>${t('log.by.' + by)}</option>`)}
          </select></div>
        ${this.draftBy ? html`<div>${this.renderValueField(this.draftBy, this.draftBy === q.by ? q.value : '')}</div>` : nothing}
        <button type="submit">${t('log.show')}</button>
      </form>
      <div class="toolbar">
        <button type="button" class="secondary" id="download-csv" @click=${() => this.download()}>${t('log.downloadCsv')}</button>
        <button type="button" class="secondary" id="check-integrity" ?disabled=${this.checking} aria-busy=${this.checking ? 'true' : 'false'}
          @click=${() => this.checkIntegrity()}>${t('log.checkIntegrity')}</button>
      </div>
      ${problemBox(this.downloadProblem)}
      ${this.renderIntegrity()}
      ${this.records.length === 0 ? empty(t('log.none')) : this.renderTable()}
      ${pager({ label: t('log.pages'), token: q.page, next: this.next, onPage: (page) => this.goTo(page) })}`;
  }

  renderValueField(by, value) {
    const choices = by === 'resourceType' ? RESOURCE_TYPES : by === 'operationType' ? OPERATION_TYPES : null;
    if (choices) {
      const label = (choice) => (by === 'operationType' ? t('op.' + choice) : t('resource.' + choice));
      return html`<label for="log-value">${t('log.value')}</label>
        <select id="log-value" name="value" required>
          ${choices.map((choice) => html`<option value=${choice} ?selected=${value === choice}>${label(choice)}</option>`)}
        </select>`;
    }
    return html`<label for="log-value">${t('log.value')}</label>
      <input id="log-value" name="value" required .value=${value} autocomplete="off">`;
  }

  renderIntegrity() {
    if (!this.integrity) return nothing;
    if (this.integrity.error) return problemBox(this.integrity.error);
    const r = this.integrity.result;
    return html`<p role="status" id="integrity-result" class=${r.intact ? 'notice' : 'problem'}>
      ${r.intact ? t('log.intact', { checked: r.checked }) : t('log.broken', { checked: r.checked, id: r.firstBrokenRecordId })}</p>`;
  }

  renderTable() {
    return html`<div class="overflow-auto" tabindex="0" role="region" aria-label=${t('log.title')}><table class="striped activity-log">
      <caption class="visually-hidden">${t('log.title')}</caption>
      <thead><tr>
        <th scope="col">${t('log.dateTime')}</th>
        <th scope="col">${t('log.customer')}</th>
        <th scope="col">${t('log.action')}</th>
        <th scope="col">${t('log.performedBy')}</th>
        <th scope="col">${t('log.status')}</th>
        <th scope="col"><span class="visually-hidden">${t('log.details')}</span></th>
      </tr></thead>
      <tbody>${this.records.map((r) => this.renderRow(r))}</tbody>
    </table></div>`;
  }

  renderRow(r) {
    const open = this.expanded.has(r.id);
    const failed = r.operationStatus === 'failed';
    return html`<tr data-record=${r.id} data-operation=${r.operationType} data-status=${r.operationStatus}>
        <td><time datetime=${r.operationDate} title=${formatDateTime(r.operationDate)}>${formatUtc(r.operationDate)}</time></td>
        <td>${r.customerId ? html`<a href="/customers/${r.customerId}/account">${r.customerName || r.customerId}</a>` : nothing}</td>
        <td class="action">${actionName(r)}</td>
        <td>${r.userPrincipalName || r.applicationId || ''}<br><small>${t('operator.' + (r.operatorType || 'partner'))}</small></td>
        <td><span class="badge ${failed ? 'failed' : 'on'}">${failed ? t('log.failed') : t('log.succeeded')}</span></td>
        <td><button type="button" class="outline secondary" aria-expanded=${open ? 'true' : 'false'} aria-controls="record-${r.id}"
          aria-label=${t('log.expand', { action: actionName(r), date: formatUtc(r.operationDate) })}
          @click=${() => this.toggle(r.id)}>${open ? '−' : '+'}</button></td>
      </tr>
      ${open ? html`<tr id="record-${r.id}" class="record-details"><td colspan="6">
        <dl>
          <dt>${t('log.resource')}</dt><dd>${t('resource.' + r.resourceType)}${r.resourceName ? ': ' + r.resourceName : ''}</dd>
          <dt>${t('log.oldValue')}</dt><dd><pre>${pretty(r.resourceOldValue)}</pre></dd>
          <dt>${t('log.newValue')}</dt><dd><pre>${pretty(r.resourceNewValue)}</pre></dd>
          ${(r.customizedData || []).length ? html`<dt>${t('log.customizedData')}</dt><dd><ul>
            ${r.customizedData.map((kv) => html`<li><code>${kv.key}</code>: ${kv.value}</li>`)}</ul></dd>` : nothing}
          <dt>${t('log.correlationId')}</dt><dd><code class="mono">${r.originalCorrelationId || '—'}</code></dd>
          <dt>${t('log.recordId')}</dt><dd><code class="mono">${r.id}</code></dd>
        </dl>
      </td></tr>` : nothing}`;
  }
}

function pretty(value) {
  if (value === null || value === undefined || value === '') return '—';
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

customElements.define('page-activity-log', ActivityLogPage);
