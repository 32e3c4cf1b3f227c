import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isStaffKey } from '../../shared/i18n/sections';

/**
 * A member's phone downloads only the member part of a catalog. Every key the
 * member bundle can show must therefore be outside the staff sections. The
 * member bundle is what client/src/main.tsx imports statically; staff screens
 * come in through import(), which this walk does not follow.
 */
const en = JSON.parse(fs.readFileSync('shared/i18n/catalogs/en.json', 'utf8')) as Record<string, string>;

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Files reached by static imports from `entry`, and the catalog keys written in them. */
function memberBundle(entry: string): { files: Set<string>; keys: Map<string, string> } {
  const files = new Set<string>();
  const keys = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const walk = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) {
        const next = resolve(file, node.moduleSpecifier.text);
        if (next) visit(next);
      } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text in en) {
        keys.set(node.text, path.relative(process.cwd(), file));
      }
      ts.forEachChild(node, walk);
    };
    walk(sf);
  };
  visit(path.resolve(entry));
  return { files, keys };
}

describe('member and staff parts of the catalogs', () => {
  const { files, keys } = memberBundle('client/src/main.tsx');

  it('the walk sees the member screens and not the staff ones', () => {
    const rel = [...files].map((f) => path.relative(process.cwd(), f));
    expect(rel).toEqual(expect.arrayContaining(['client/src/member/MemberView.tsx', 'client/src/pages/Join.tsx', 'client/src/room/RoomPage.tsx']));
    expect(rel.filter((f) => f.startsWith('client/src/console/') || f.endsWith('Home.tsx') || f.includes('/summary/'))).toEqual([]);
    expect(keys.size).toBeGreaterThan(50);
  });

  it('no key the member bundle shows is in a staff-only section', () => {
    expect([...keys].filter(([key]) => isStaffKey(key)).map(([key, file]) => `${file}: ${key}`)).toEqual([]);
  });

  it('the split can fail: a staff key is recognised', () => {
    expect(isStaffKey('ciStart.prompt')).toBe(true);
    expect(isStaffKey('checkin.title')).toBe(false);
  });
});
