import type { TFunction } from 'i18next';

/**
 * Errors from the API arrive as `{ code, params }` (also after contextBridge strips the Error
 * prototype); anything else is shown with its message so the writer still learns what happened.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const params = 'params' in error && error.params && typeof error.params === 'object' ? (error.params as Record<string, string>) : {};
    const key = `errors.${error.code}`;
    const text = t(key, params);
    if (text !== key) return text;
  }
  const message = error instanceof Error ? error.message : String(error);
  return t('errors.unknown', { message });
}
