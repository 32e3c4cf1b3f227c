import type { MessageId, Translate } from './useT';

/**
 * A failed command in the reader's language: the client's catalog has a text
 * per error code (`error.<code>`); the server's English message is for logs
 * and third-party clients. An unknown code (a newer server) gets the general text.
 */
export function errorText(t: Translate, error: { code: string }): string {
  const id = `error.${error.code}` as MessageId;
  const text = t(id);
  return text === id ? t('error.internal') : text;
}
