// Dutch text for the error codes services throw, from the same nl.json the app uses.
import nl from '../shared/i18n/nl.json' with { type: 'json' };
import type { HelderError } from '../shared/contract';

const errors = nl.errors as Record<string, string>;

export function dutchError(error: HelderError): string {
  const template = errors[error.code] ?? errors.internal ?? error.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => error.params[key] ?? '');
}
