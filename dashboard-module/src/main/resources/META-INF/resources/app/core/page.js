// The base of every page: renders into the light DOM (Pico's styles, accessibility checks and browser tests see
// plain DOM), loads its data through load(), shows loading and errors, and records its API calls and render time
// (the frame's own calls, such as the customer's name in the menu, apart).
import { LitElement } from 'lit';
import { loading, problemBox } from './ui.js';

const record = (window.__cspdesk ??= { calls: [], renders: [] });

export class Page extends LitElement {
  static properties = {
    params: { type: Object },
    phase: { state: true },
    loadError: { state: true },
  };

  constructor() {
    super();
    this.params = {};
    this.phase = 'loading';
    this.loadError = null;
    this.relanguage = () => this.requestUpdate();
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('cspdesk-language', this.relanguage);
    this.reload();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('cspdesk-language', this.relanguage);
  }

  /** Loads the page's data (override; at most two API calls, never one per row). */
  async load() {}

  /** The page once loaded (override). */
  renderPage() {}

  /** Loads again (after a change, or a filter); marks the page ready when drawn, with its calls and time. */
  async reload() {
    const started = performance.now();
    const callsBefore = record.calls.length;
    this.removeAttribute('data-ready');
    this.phase = 'loading';
    try {
      await this.load();
      this.loadError = null;
      this.phase = 'ready';
    } catch (error) {
      this.loadError = error;
      this.phase = 'error';
    }
    await this.updateComplete;
    const made = record.calls.slice(callsBefore);
    record.renders.push({
      page: this.localName, path: location.pathname + location.search,
      ms: Math.round(performance.now() - started),
      calls: made.filter((call) => !call.frame).length, frameCalls: made.filter((call) => call.frame).length,
    });
    this.setAttribute('data-ready', this.phase);
  }

  render() {
    if (this.phase === 'loading') return loading();
    if (this.phase === 'error') return problemBox(this.loadError);
    return this.renderPage();
  }
}
