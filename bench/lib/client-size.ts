import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Gzipped JavaScript per route, from the Vite build's manifest
 * (dist/client/.vite/manifest.json; vite.config.ts sets build.manifest).
 * Member view = the entry chunk and everything it imports statically, plus any
 * lazy chunk whose source is member-only. Facilitator console = the member set
 * plus the lazy console chunk(s) and their static imports.
 */
interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface ClientSize {
  memberViewKB: number;
  facilitatorConsoleKB: number;
  memberFiles: string[];
  consoleFiles: string[];
  note: string;
}

const MEMBER = /(^|\/)member\//i;
const CONSOLE = /(^|\/)console\/|facilitator-?console/i;

function closure(manifest: Record<string, Chunk>, keys: string[], into = new Set<string>()): Set<string> {
  for (const k of keys) {
    if (into.has(k) || !manifest[k]) continue;
    into.add(k);
    closure(manifest, manifest[k]!.imports ?? [], into);
  }
  return into;
}

function gzipKB(dir: string, manifest: Record<string, Chunk>, keys: Set<string>): number {
  let bytes = 0;
  for (const k of keys) {
    const file = manifest[k]!.file;
    if (file.endsWith('.js')) bytes += zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
  }
  return Math.round(bytes / 100) / 10;
}

export function measureClient(build: boolean): ClientSize | { skipped: string } {
  if (!fs.existsSync('client/index.html')) return { skipped: 'no client/ on this branch yet' };
  if (build) execFileSync(process.execPath, [path.resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const dir = path.resolve('dist/client');
  const file = path.join(dir, '.vite/manifest.json');
  if (!fs.existsSync(file)) return { skipped: 'no dist/client/.vite/manifest.json (run `npm run build`)' };
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Chunk>;
  const keys = Object.keys(manifest);
  const entries = keys.filter((k) => manifest[k]!.isEntry);
  const lazy = keys.filter((k) => manifest[k]!.isDynamicEntry);
  const member = closure(manifest, [...entries, ...lazy.filter((k) => MEMBER.test(k))]);
  const consoleKeys = lazy.filter((k) => CONSOLE.test(k));
  const console = closure(manifest, consoleKeys, new Set(member));
  return {
    memberViewKB: gzipKB(dir, manifest, member),
    facilitatorConsoleKB: gzipKB(dir, manifest, console),
    memberFiles: [...member].map((k) => manifest[k]!.file),
    consoleFiles: [...console].filter((k) => !member.has(k)).map((k) => manifest[k]!.file),
    note: consoleKeys.length ? 'gzip -9 of the JS each route loads' : 'no lazy facilitator console chunk found: console = member set',
  };
}
