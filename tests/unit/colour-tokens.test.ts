import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Colours live in one place, client/src/styles/tokens.css: every other style
 * sheet and component names a token (`var(--accent)`), so a change of palette
 * or contrast is one edit.
 */
const TOKENS = path.join('client', 'src', 'styles', 'tokens.css');
const COLOUR = /#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(/g;

function clientFiles(): string[] {
  return fs
    .readdirSync(path.join('client', 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(css|tsx?)$/.test(f))
    .map((f) => path.join('client', 'src', f))
    .filter((f) => f !== TOKENS);
}

describe('colours', () => {
  it('come only from the tokens', () => {
    const found: string[] = [];
    for (const file of clientFiles()) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        // HTML entities (&#8203;) and ids in URLs are not colours.
        const text = line.replace(/&#\w+;/g, '');
        for (const m of text.matchAll(COLOUR)) found.push(`${file}:${i + 1}: ${m[0]}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('the check sees a colour when there is one', () => {
    expect('border: 1px solid #e3cf9f;'.match(COLOUR)).toEqual(['#e3cf9f']);
    expect('background: rgba(0, 0, 0, 0.4)'.match(COLOUR)).toEqual(['rgba(']);
  });
});
