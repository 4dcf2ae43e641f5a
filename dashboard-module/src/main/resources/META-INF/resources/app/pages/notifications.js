// Purchase notifications: the webhook CSP Desk calls when a customer buys on the partner's bill (Partner Center
// tells the partner nothing), and every notification with its delivery attempts. Two API calls.
import { html, nothing } from 'lit';
import { Page } from '../core/page.js';
import { t, formatDateTime, formatMoney } from '../core/i18n.js';
import { ApiError, api, get, nextToken } from '../core/api.js';
import { queryParams, setQuery } from '../core/router.js';
import { confirmDialog, empty, problemBox, formValues, pager } from '../core/ui.js';

class NotificationsPage extends Page {
  static properties = { ...Page.properties, saveProblem: { state: true }, saved: { state: true } };

  constructor() {
    super();
    this.saveProblem = null;
    this.saved = false;
  }

  async load() {
    this.pageToken = queryParams().get('page') || '';
    const [webhook, notifications] = await Promise.all([
      api('GET', '/notifications/purchaseWebhook').catch((error) => {
        if (error instanceof ApiError && error.status === 404) return null; // none set yet
        throw error;
      }),
      get('/notifications/purchases', { size: 25, continuationToken: this.pageToken || undefined }),
    ]);
    this.webhook = webhook?.body ?? null;
    this.etag = webhook?.etag ?? this.webhook?.attributes?.etag;
    this.notifications = notifications.items || [];
    this.next = nextToken(notifications);
  }

  async save(event) {
    event.preventDefault();
    const v = formValues(event.target);
    this.saveProblem = null;
    this.saved = false;
    try {
      await api('PUT', '/notifications/purchaseWebhook', {
        etag: this.etag, body: { url: v.url, secret: v.secret, enabled: event.target.elements.enabled.checked },
      });
      this.saved = true;
      await this.reload();
    } catch (error) {
      this.saveProblem = error;
    }
  }

  async remove() {
    const confirmed = await confirmDialog({
      title: t('notifications.removeTitle'), content: html`<p>${t('notifications.removeMeans')}</p>`,
      confirmLabel: t('common.remove'), danger: true,
    });
    if (!confirmed) return;
    try {
      await api('DELETE', '/notifications/purchaseWebhook');
      await this.reload();
    } catch (error) {
      this.saveProblem = error;
    }
  }

  renderPage() {
    const w = this.webhook;
    return html`
      <hgroup><h1>${t('notifications.title')}</h1><p>${t('notifications.intro')}</p></hgroup>
      <article><h2>${t('notifications.webhook')}</h2>
        ${w ? html`<p><small>${t('notifications.updated', { at: formatDateTime(w.updatedAt), by: w.updatedBy || '' })}</small></p>` : html`<p>${t('notifications.noneSet')}</p>`}
        ${this.saved ? html`<p class="notice" role="status">${t('notifications.saved')}</p>` : nothing}
        <form @submit=${(e) => this.save(e)}>
          <label for="webhook-url">${t('notifications.url')}</label>
          <input id="webhook-url" name="url" type="url" required maxlength="2000" .value=${w?.url || ''}>
          <label for="webhook-secret">${t('notifications.secret')}</label>
          <input id="webhook-secret" name="secret" type="password" minlength="16" maxlength="256" autocomplete="new-password"
            aria-describedby="webhook-secret-hint" ?required=${!w?.secretSet}>
          <small id="webhook-secret-hint">${w?.secretSet ? t('notifications.secretKept') : t('notifications.secretHint')}</small>
          <label for="webhook-enabled"><input type="checkbox" role="switch" id="webhook-enabled" name="enabled" .checked=${w ? w.enabled : true}>
            ${t('notifications.enabled')}</label>
          <button type="submit">${t('common.save')}</button>
          ${w ? html`<button type="button" class="secondary" @click=${() => this.remove()}>${t('notifications.remove')}</button>` : nothing}
        </form>
        ${problemBox(this.saveProblem, { id: 'webhook-problem' })}
      </article>
      <h2>${t('notifications.sent')}</h2>
      ${this.notifications.length === 0 ? empty(t('notifications.none')) : html`<div class="overflow-auto" tabindex="0" role="region" aria-label=${t('notifications.sent')}><table class="striped notifications">
        <caption class="visually-hidden">${t('notifications.sent')}</caption>
        <thead><tr><th scope="col">${t('notifications.created')}</th><th scope="col">${t('notifications.customer')}</th><th scope="col">${t('notifications.purchase')}</th>
          <th scope="col">${t('notifications.status')}</th><th scope="col">${t('notifications.attempts')}</th></tr></thead>
        <tbody>${this.notifications.map((n) => html`<tr data-notification=${n.id} data-status=${n.status}>
          <td>${formatDateTime(n.createdAt)}<br><small><code class="mono">${n.orderId}</code></small></td>
          <td><a href="/customers/${n.customerId}/orders"><code class="mono">${n.customerId}</code></a></td>
          <td>${n.payload?.purchasedBy || ''}<br><small>${n.payload?.totalPrice !== undefined ? formatMoney(n.payload.totalPrice, n.payload.currency) : ''}</small></td>
          <td><span class="badge ${n.status === 'delivered' ? 'on' : n.status === 'failed' ? 'failed' : 'off'}">${t('notifications.status.' + n.status)}</span>
            ${n.lastError ? html`<br><small>${n.lastError}</small>` : nothing}</td>
          <td><details><summary>${n.attempts}</summary><ul>${(n.deliveryAttempts || []).map((a) => html`<li><small>
            ${formatDateTime(a.attemptedAt)}: ${a.httpStatus ?? a.error} (${a.durationMs} ms)</small></li>`)}</ul></details></td>
        </tr>`)}</tbody></table></div>`}
      ${pager({ label: t('notifications.pages'), token: this.pageToken, next: this.next, onPage: (page) => setQuery({ page }) })}`;
  }
}

customElements.define('page-notifications', NotificationsPage);
