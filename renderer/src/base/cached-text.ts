// i18next's t walks its resources on every call (about 70 µs each), and long lists (the Reacties
// rows, the Problems panel while the writer types) ask for the same few labels for every row on
// every drawing. Each text is looked up once per language here.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A translation function whose answers are kept per key and options. */
export type CachedText = (key: string, options?: Record<string, string | number>) => string;

function cachedText(t: (key: string, options?: Record<string, string | number>) => string, language: string): CachedText {
  const cache = new Map<string, string>();
  return (key, options) => {
    const id = `${language}\u0000${key}\u0000${options ? JSON.stringify(options) : ''}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, options);
      cache.set(id, text);
    }
    return text;
  };
}

/** The cached translation function of the current language; a new one when the language changes. */
export function useCachedText(): CachedText {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => cachedText(t, language), [t, language]);
}
