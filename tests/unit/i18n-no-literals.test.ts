import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClientLiterals } from '../support/client-literals';

describe('no user-facing English outside the catalogs', () => {
  const found = findClientLiterals('client/src');

  it('client components put their words in the catalogs (t(...)), not in JSX text or readable props', () => {
    expect(found.map((l) => `${l.file}:${l.line}: ${l.text}`)).toEqual([]);
  });

  it('the check finds JSX text, rendered string literals and readable props', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-literals-'));
    fs.writeFileSync(
      path.join(dir, 'Sample.tsx'),
      `export const A = ({ ok }: { ok: boolean }) => <div title="Hello there" aria-label={ok ? 'Yes please' : 'No'}>Some words {'more words'} {t('key.ok')}</div>;`,
    );
    expect(findClientLiterals(dir).map((l) => l.text)).toEqual(['Hello there', 'Yes please', 'No', 'Some words', 'more words']);
    fs.rmSync(dir, { recursive: true });
  });
});
