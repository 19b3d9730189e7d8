import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from '../../shared/i18n/nl.json';
import en from '../../shared/i18n/en.json';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function setLanguage(language: 'nl' | 'en') {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
