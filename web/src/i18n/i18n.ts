import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { en, ru, type MessageKey } from './messages';

export type Language = 'ru' | 'en';
export const LANGUAGES: Language[] = ['ru', 'en'];
const CATALOGUES: Record<Language, Record<MessageKey, string>> = { ru, en };
const STORAGE_KEY = 'qt-language';

/** The language chosen with the switch, else the browser's: Russian for ru-*, English otherwise. */
export function initialLanguage(): Language {
  const saved = window.localStorage.getItem(STORAGE_KEY);
  if (saved === 'ru' || saved === 'en') return saved;
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en';
}

export function rememberLanguage(language: Language): void {
  window.localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, params) => catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params?.[name] ?? `{${name}}`));
}

export const LanguageContext = createContext<{ language: Language; setLanguage: (l: Language) => void; t: Translate }>({
  language: 'en',
  setLanguage: () => undefined,
  t: translator('en'),
});

export function useI18n() {
  return useContext(LanguageContext);
}

export function useT(): Translate {
  return useContext(LanguageContext).t;
}

/** Dates as the interface language writes them. */
export function formatDateTime(value: string | Date | null | undefined, language: Language): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
