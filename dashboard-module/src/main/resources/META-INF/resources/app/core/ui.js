// What every page shows the same way: loading, empty, errors as sentences, confirmations.
import { html, render, nothing } from 'lit';
import { t, has } from './i18n.js';

/** The sentence for a problem the API answered, in the reader's language. */
export function problemSentence(error) {
  const code = error?.code;
  if (code && has(`error.${code}`)) return t(`error.${code}`);
  if (error?.status === 0) return t('error.network_error');
  return t('error.unknown', { status: error?.status ?? '?' });
}

/** An error box: the sentence, the correlation id for support, and the server's own words folded away. */
export function problemBox(error, { id } = {}) {
  if (!error) return nothing;
  const detail = error.problem?.detail;
  return html`<div class="problem" role="alert" id=${id ?? nothing}>
    <p><strong>${problemSentence(error)}</strong></p>
    ${error.correlationId ? html`<p><small>${t('common.correlationId')}: <code>${error.correlationId}</code></small></p>` : nothing}
    ${detail ? html`<details><summary>${t('common.details')}</summary><p><small>${detail}</small></p></details>` : nothing}
  </div>`;
}

export function loading() {
  return html`<p aria-busy="true">${t('common.loading')}</p>`;
}

export function empty(text) {
  return html`<p class="empty">${text}</p>`;
}

/** A notice that something is not possible for this role, and why. */
export function notice(text) {
  return html`<p class="notice" role="note">${text}</p>`;
}

/**
 * A modal confirmation (the native dialog: focus moves into it, Escape cancels). content is a template;
 * resolves true when confirmed. A form dialog without fields.
 */
export async function confirmDialog(options) {
  return (await formDialog(options)) !== null;
}

/** Reads a form's named fields as an object of trimmed strings (empty ones left out). */
export function formValues(form) {
  const values = {};
  for (const [name, value] of new FormData(form).entries()) {
    const text = String(value).trim();
    if (text !== '') values[name] = text;
  }
  return values;
}

/** Copies text to the clipboard; the button says it worked. */
export async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    if (button) {
      const before = button.textContent;
      button.textContent = t('common.copied');
      setTimeout(() => (button.textContent = before), 1500);
    }
  } catch {
    // The clipboard needs a secure context or permission: the id stays selectable on the page.
  }
}

/**
 * A modal form: content is a template of labelled fields; resolves with the form's values (formValues) when
 * submitted, or null when cancelled. The browser checks required fields before it resolves.
 */
export function formDialog({ title, content, confirmLabel, danger = false }) {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    let dialog;
    const close = (answer) => {
      dialog.close();
      host.remove();
      resolve(answer);
    };
    render(html`<dialog aria-labelledby="form-dialog-title">
      <article>
        <form @submit=${(event) => { event.preventDefault(); close(formValues(event.target)); }}>
          <header><h2 id="form-dialog-title">${title}</h2></header>
          ${content}
          <footer>
            <button type="button" class="secondary" @click=${() => close(null)}>${t('common.cancel')}</button>
            <button type="submit" class=${danger ? 'danger' : ''} id="dialog-confirm" data-confirm>${confirmLabel}</button>
          </footer>
        </form>
      </article>
    </dialog>`, host);
    dialog = host.querySelector('dialog');
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(null);
    });
    dialog.showModal();
  });
}

/**
 * The First page / Next page buttons of a keyset-paged list; the page's token lives in the address (?page=), so
 * a reload or a link shows the same page. onPage(token) is called with null for the first page.
 */
export function pager({ label, token, next, onPage }) {
  return html`<nav class="pager" aria-label=${label}>
    ${token ? html`<button type="button" class="secondary" @click=${() => onPage(null)}>${t('common.first')}</button>` : html`<span></span>`}
    ${next ? html`<button type="button" @click=${() => onPage(next)}>${t('common.next')}</button>` : nothing}
  </nav>`;
}
