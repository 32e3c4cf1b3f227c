import type { MessageId, Translate } from './useT';

/**
 * A failed command in the reader's language: the client's catalog has a text
 * per error code (`error.<code>`); the server's English message is for logs
 * and third-party clients. An unknown code (a newer server) gets the general text.
 * A screen may say more for a code in its own context (`inContext`): on the
 * join page, `not_found` means "no open session has that code".
 */
export function errorText(t: Translate, error: { code: string }, inContext: Partial<Record<string, MessageId>> = {}): string {
  const own = inContext[error.code];
  if (own) return t(own);
  const id = `error.${error.code}` as MessageId;
  const text = t(id);
  return text === id ? t('error.internal') : text;
}
