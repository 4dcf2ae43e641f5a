// A customer's users: list, add (the user name must end with one of the customer's domains), remove (a soft
// delete, as Partner Center's: the user's Azure roles go with it). One API call: a keyset page of users (the
// customer, for its domain, is the frame's cached read).
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t } from '../core/i18n.js';
import { api, get, nextToken } from '../core/api.js';
import { queryParams, setQuery } from '../core/router.js';
import { may } from '../core/session.js';
import { customer } from '../core/customers.js';
import { confirmDialog, empty, problemBox, formValues, pager } from '../core/ui.js';

const PAGE_SIZE = 50;

class UsersPage extends Page {
  static properties = { ...Page.properties, adding: { state: true }, actionProblem: { state: true } };

  constructor() {
    super();
    this.adding = false;
    this.actionProblem = null;
  }

  get base() {
    return `/customers/${encodeURIComponent(this.params.customerId)}/users`;
  }

  async load() {
    this.pageToken = queryParams().get('page') || '';
    const [theCustomer, users] = await Promise.all([customer(this.params.customerId),
      get(this.base, { size: PAGE_SIZE, continuationToken: this.pageToken || undefined })]);
    this.domain = theCustomer.companyProfile.domain;
    this.users = users.items || [];
    this.next = nextToken(users);
  }

  async add(event) {
    event.preventDefault();
    const v = formValues(event.target);
    this.actionProblem = null;
    try {
      await api('POST', this.base, {
        body: {
          userPrincipalName: v.userName.includes('@') ? v.userName : `${v.userName}@${this.domain}`,
          displayName: v.displayName || `${v.firstName} ${v.lastName}`, firstName: v.firstName, lastName: v.lastName,
        },
      });
      this.adding = false;
      await this.reload();
    } catch (error) {
      this.actionProblem = error;
    }
  }

  async remove(user) {
    const confirmed = await confirmDialog({
      title: t('users.removeTitle', { user: user.userPrincipalName }),
      content: html`<p>${t('users.removeMeans')}</p>`,
      confirmLabel: t('common.remove'),
      danger: true,
    });
    if (!confirmed) return;
    this.actionProblem = null;
    try {
      await api('DELETE', `${this.base}/${user.id}`);
      await this.reload();
    } catch (error) {
      this.actionProblem = error;
    }
  }

  renderPage() {
    const mayChange = may('manageCustomers');
    return html`
      <hgroup><h1>${t('users.title')}</h1><p>${t('users.intro')}</p></hgroup>
      ${mayChange ? html`<p><button type="button" class="secondary" aria-expanded=${this.adding ? 'true' : 'false'} aria-controls="add-user"
        @click=${() => (this.adding = !this.adding)}>${t('users.add')}</button></p>` : nothing}
      ${this.adding ? this.renderAdd() : nothing}
      ${problemBox(this.actionProblem, { id: 'user-problem' })}
      ${this.users.length === 0 ? empty(t('users.none')) : html`<table class="striped users">
        <caption class="visually-hidden">${t('users.title')}</caption>
        <thead><tr><th scope="col">${t('users.userName')}</th><th scope="col">${t('users.displayName')}</th>
          <th scope="col">${t('users.usageLocation')}</th><th scope="col">${t('common.actions')}</th></tr></thead>
        <tbody>${this.users.map((u) => html`<tr data-user=${u.id}>
          <td>${u.userPrincipalName}</td><td>${u.displayName}</td><td>${u.usageLocation || ''}</td>
          <td>${mayChange ? html`<button type="button" class="outline secondary" @click=${() => this.remove(u)}
            aria-label=${t('users.removeOf', { user: u.userPrincipalName })}>${t('common.remove')}</button>` : nothing}</td>
        </tr>`)}</tbody></table>`}
      ${pager({ label: t('users.pages'), token: this.pageToken, next: this.next, onPage: (page) => setQuery({ page }) })}`;
  }

  renderAdd() {
    return html`<article id="add-user"><h2>${t('users.add')}</h2>
      <form @submit=${(e) => this.add(e)}>
        <div class="grid">
          <div><label for="user-name">${t('users.userName')}</label>
            <input id="user-name" name="userName" required autocomplete="off" aria-describedby="user-name-hint">
            <small id="user-name-hint">${t('users.userNameHint', { domain: this.domain })}</small></div>
          <div><label for="user-display-name">${t('users.displayName')}</label><input id="user-display-name" name="displayName"></div>
        </div>
        <div class="grid">
          <div><label for="user-first-name">${t('users.firstName')}</label><input id="user-first-name" name="firstName" required></div>
          <div><label for="user-last-name">${t('users.lastName')}</label><input id="user-last-name" name="lastName" required></div>
        </div>
        <button type="submit">${t('users.create')}</button>
      </form></article>`;
  }
}

customElements.define('page-users', UsersPage);
