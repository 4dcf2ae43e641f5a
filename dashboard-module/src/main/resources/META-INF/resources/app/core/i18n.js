// The dashboard's words, in English, Swedish and German. One catalogue per language and area
// (i18n/<lang>/<area>.json), loaded when a page of that area is first shown; a unit test
// (CataloguesTest) fails when the three languages do not have the same keys.

export const LANGUAGES = { en: 'English', sv: 'Svenska', de: 'Deutsch' };
const LOCALES = { en: 'en-GB', sv: 'sv-SE', de: 'de-DE' };
const STORAGE_KEY = 'cspdesk.language';
const BASE = new URL('../i18n/', import.meta.url);

const loadedAreas = new Set();
let messages = {};
export let language = pickLanguage();
document.documentElement.lang = language;

function pickLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && LANGUAGES[stored]) return stored;
  for (const tag of navigator.languages || [navigator.language || 'en']) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nb' || primary === 'nn' || primary === 'no' || primary === 'da') continue;
    if (LANGUAGES[primary]) return primary;
  }
  return 'en';
}

async function fetchArea(lang, area) {
  const response = await fetch(new URL(`${lang}/${area}.json`, BASE));
  if (!response.ok) throw new Error(`missing catalogue ${lang}/${area}`);
  return response.json();
}

/** Loads the words of an area (once per language). */
export async function loadArea(area) {
  if (loadedAreas.has(area)) return;
  const words = await fetchArea(language, area);
  messages = { ...messages, ...words };
  loadedAreas.add(area);
}

/** Switches every loaded area to another language, then tells the pages to render again. */
export async function setLanguage(lang) {
  if (!LANGUAGES[lang] || lang === language) return;
  const areas = [...loadedAreas];
  const loaded = await Promise.all(areas.map((area) => fetchArea(lang, area)));
  messages = Object.assign({}, ...loaded);
  language = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
  window.dispatchEvent(new CustomEvent('cspdesk-language', { detail: lang }));
}

/** The sentence for a key, with {name} placeholders filled in. An unknown key shows itself, so it is noticed. */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) {
    console.warn(`no text for ${key}`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined ? whole : String(params[name])));
}

export function has(key) {
  return messages[key] !== undefined;
}

export function locale() {
  return LOCALES[language];
}

/** A date and time in the reader's language and time zone. */
export function formatDateTime(value) {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** A date and time in UTC, written the same way (the activity log shows UTC, local time on hover). */
export function formatUtc(value) {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(value)) + ' UTC';
}

export function formatDate(value) {
  if (!value) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(value));
}

/** Money as the API sends it: {amount, currency} (amount a decimal string or number), or amount and currency. */
export function formatMoney(money, currency) {
  if (money === null || money === undefined) return '';
  const amount = typeof money === 'object' ? money.amount : money;
  const code = typeof money === 'object' ? money.currency : currency;
  return new Intl.NumberFormat(locale(), { style: 'currency', currency: code || 'USD' }).format(Number(amount));
}

export function formatNumber(value) {
  return new Intl.NumberFormat(locale()).format(value);
}
