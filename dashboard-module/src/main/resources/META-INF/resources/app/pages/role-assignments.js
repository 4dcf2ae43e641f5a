// Manage: the role assignments on one subscription (Owner, Reservation Purchaser, ...): assign and remove.
// Two API calls: the subscription and a keyset page of its role assignments; the customer's users (the first
// 500) are asked for only when the partner opens the form to assign a role.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t } from '../core/i18n.js';
import { api, get, nextToken } from '../core/api.js';
import { queryParams, setQuery } from '../core/router.js';
import { may } from '../core/session.js';
import { confirmDialog, empty, problemBox, formValues, pager } from '../core/ui.js';

export const AZURE_ROLES = ['Owner', 'ReservationPurchaser', 'Contributor', 'Reader'];

class RoleAssignmentsPage extends Page {
  static properties = { ...Page.properties, users: { state: true }, actionProblem: { state: true } };

  constructor() {
    super();
    this.users = null;
    this.actionProblem = null;
  }

  get base() {
    return `/customers/${encodeURIComponent(this.params.customerId)}/subscriptions/${encodeURIComponent(this.params.subscriptionId)}`;
  }

  async load() {
    this.pageToken = queryParams().get('page') || '';
    const [subscription, assignments] = await Promise.all([get(this.base),
      get(`${this.base}/roleAssignments`, { size: 100, continuationToken: this.pageToken || undefined })]);
    this.subscription = subscription;
    this.assignments = assignments.items || [];
    this.next = nextToken(assignments);
  }

  async openAssign() {
    this.actionProblem = null;
    try {
      this.users = (await get(`/customers/${encodeURIComponent(this.params.customerId)}/users`, { size: 500 })).items || [];
    } catch (error) {
      this.actionProblem = error;
    }
  }

  async assign(event) {
    event.preventDefault();
    const v = formValues(event.target);
    this.actionProblem = null;
    try {
      await api('POST', `${this.base}/roleAssignments`, { body: { userId: v.userId, role: v.role } });
      this.users = null;
      await this.reload();
    } catch (error) {
      this.actionProblem = error;
    }
  }

  async remove(a) {
    const confirmed = await confirmDialog({
      title: t('roles.removeTitle', { role: t('role.azure.' + a.role), user: a.userPrincipalName }),
      content: html`<p>${t('roles.removeMeans')}</p>`,
      confirmLabel: t('common.remove'),
      danger: true,
    });
    if (!confirmed) return;
    this.actionProblem = null;
    try {
      await api('DELETE', `${this.base}/roleAssignments/${a.id}`);
      await this.reload();
    } catch (error) {
      this.actionProblem = error;
    }
  }

  renderPage() {
    const s = this.subscription;
    const mayChange = may('manageCustomers');
    return html`
      <p><a href="/customers/${encodeURIComponent(this.params.customerId)}/subscriptions">← ${t('nav.subscriptions')}</a></p>
      <hgroup><h1>${t('roles.title', { name: s.friendlyName })}</h1><p>${s.offerName} · <code class="mono">${s.id}</code></p></hgroup>
      ${mayChange ? (this.users ? this.renderAssign() : html`<p><button type="button" class="secondary" id="assign-role"
        @click=${() => this.openAssign()}>${t('roles.assign')}</button></p>`) : html`<p class="notice">${t('common.readOnly')}</p>`}
      ${problemBox(this.actionProblem, { id: 'role-problem' })}
      ${this.assignments.length === 0 ? empty(t('roles.none')) : html`<table class="striped role-assignments">
        <caption class="visually-hidden">${t('roles.title', { name: s.friendlyName })}</caption>
        <thead><tr><th scope="col">${t('roles.user')}</th><th scope="col">${t('roles.role')}</th><th scope="col">${t('common.actions')}</th></tr></thead>
        <tbody>${this.assignments.map((a) => html`<tr data-assignment=${a.id} data-role=${a.role}>
          <td>${a.userPrincipalName}</td><td>${t('role.azure.' + a.role)}</td>
          <td>${mayChange ? html`<button type="button" class="outline secondary" @click=${() => this.remove(a)}
            aria-label=${t('roles.removeOf', { role: t('role.azure.' + a.role), user: a.userPrincipalName })}>${t('common.remove')}</button>` : nothing}</td>
        </tr>`)}</tbody></table>`}
      ${pager({ label: t('roles.pages'), token: this.pageToken, next: this.next, onPage: (page) => setQuery({ page }) })}`;
  }

  renderAssign() {
    if (this.users.length === 0) return html`<p class="notice">${t('roles.noUsers')}</p>`;
    return html`<form class="toolbar" id="assign-form" @submit=${(e) => this.assign(e)}>
      <div><label for="assign-user">${t('roles.user')}</label>
        <select id="assign-user" name="userId" required>${this.users.map((u) => html`<option value=${u.id}>${u.userPrincipalName}</option>`)}</select></div>
      <div><label for="assign-role-choice">${t('roles.role')}</label>
        <select id="assign-role-choice" name="role" required>${AZURE_ROLES.map((r) => html`<option value=${r}>${t('role.azure.' + r)}</option>`)}</select></div>
      <button type="submit">${t('roles.assignSubmit')}</button>
      <button type="button" class="secondary" @click=${() => (this.users = null)}>${t('common.cancel')}</button>
    </form>`;
  }
}

customElements.define('page-role-assignments', RoleAssignmentsPage);
