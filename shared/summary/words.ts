/**
 * How the summary and its exports get the words people read (timeline lines,
 * "Anonymous", CSV column names): a catalog text in the session's language,
 * `server.*` keys of shared/i18n/catalogs. shared/ reads no files, so the server
 * passes its translator in (server/i18n/server-texts.ts, `serverWords`).
 */
export type SummaryWords = (id: `server.${string}`, values?: Record<string, string | number>) => string;
