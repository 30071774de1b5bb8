import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ko from './ko.json';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lockstep.locale';

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'ko';
}

/** Before sign-in: the last language chosen on this browser, else the browser's. */
function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be blocked; fall back to the browser's language.
  }
  return navigator.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted locally; the account keeps the choice once signed in.
  }
}

i18n.on('languageChanged', applyLanguage);

// Each top-level key of en.json / ko.json is a namespace.
void i18n.use(initReactI18next).init({
  resources: { en, ko },
  lng: initialLanguage(),
  fallbackLng: 'en',
  ns: Object.keys(en),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18n.language);

export { i18n };
