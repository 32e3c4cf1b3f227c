import pino from 'pino';
import type { Logger } from 'pino';

/**
 * Structured JSON logs. By rule they hold ids and codes only: never names,
 * agreement text, answers, feedback or notes. Redaction is a second line of
 * defence in case a field slips in.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['name', '*.name', 'text', '*.text', 'value', '*.value', 'token', '*.token', 'answer', '*.answer'], censor: '[redacted]' },
  });
}
