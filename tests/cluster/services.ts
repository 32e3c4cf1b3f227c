import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The cluster test's own services on loopback, from Debian's packages: a
 * throwaway PostgreSQL (initdb in a temp dir, run as the `postgres` user),
 * Redis, nginx with deploy/nginx.conf, and Attune nodes. Each can be killed
 * and started again on the same port.
 */
const PG_BIN = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find((d) => fs.existsSync(path.join(d, 'initdb')));
const HOW = 'Install them with: apt-get install -y postgresql redis-server nginx-light (.ci/run does this when they are missing).';

export function checkBinaries(): void {
  const missing: string[] = [];
  if (!PG_BIN) missing.push('PostgreSQL (initdb, postgres)');
  for (const bin of ['redis-server', 'nginx']) if (spawnSync('which', [bin]).status !== 0) missing.push(bin);
  if (spawnSync('id', ['postgres']).status !== 0) missing.push('the postgres user');
  if (missing.length > 0) throw new Error(`The cluster test needs ${missing.join(', ')}. ${HOW}`);
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Resolves once `check` holds, polling; fails after `ms` saying what it waited for. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 30_000, every = 100): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    try {
      if (await check()) return Date.now() - t0;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Every process started, so that a failed start still leaves nothing running. */
const running = new Set<ChildProcess>();

export async function killAll(): Promise<void> {
  for (const proc of running) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  running.clear();
}

/** A long-running process we start, kill and start again. */
export class Service {
  proc: ChildProcess | null = null;
  private log: fs.WriteStream;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly command: () => { cmd: string; args: string[]; env?: NodeJS.ProcessEnv; user?: { uid: number; gid: number } },
    logDir: string,
  ) {
    this.log = fs.createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' });
  }

  async start(ceilingMs = 180_000): Promise<void> {
    const { cmd, args, env, user } = this.command();
    // Started directly (no wrapper process), so a signal reaches the service itself.
    const proc = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], ...user });
    proc.stdout!.pipe(this.log, { end: false });
    proc.stderr!.pipe(this.log, { end: false });
    this.proc = proc;
    running.add(proc);
    proc.once('exit', () => running.delete(proc));
    await waitFor(`${this.name} to listen on ${this.port}`, async () => {
      if (proc.exitCode !== null) throw new Error(`${this.name} exited with ${proc.exitCode}`);
      return portOpen(this.port);
    }, ceilingMs);
  }

  /** SIGKILL (kill -9) or a clean stop (SIGINT: PostgreSQL's fast shutdown, Redis and nginx stop too). */
  async stop(signal: 'SIGKILL' | 'SIGINT' | 'SIGTERM' = 'SIGTERM'): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill(signal);
    await exited;
    await waitFor(`${this.name} to stop listening`, async () => !(await portOpen(this.port)), 30_000);
  }
}

export interface Services {
  dir: string;
  pg: Service;
  redis: Service;
  nginx: Service;
  nodes: Service[];
  databaseUrl: string;
  redisUrl: string;
  proxyUrl: string;
  nodeUrl(i: number): string;
  stopAll(): Promise<void>;
}

/** `nodeEnv` adds to each node's environment (the bench turns on its metrics port). */
export async function startServices(nodeCount: number, repo: string, nodeEnv: (i: number) => Record<string, string> = () => ({})): Promise<Services> {
  checkBinaries();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-cluster-'));
  fs.chmodSync(dir, 0o755);
  const logs = path.join(dir, 'logs');
  fs.mkdirSync(logs);
  const [pgPort, redisPort, proxyPort, ...nodePorts] = await Promise.all(Array.from({ length: 3 + nodeCount }, () => freePort()));

  // PostgreSQL refuses to run as root: it runs as Debian's postgres user, which owns its directory.
  const user = postgresUser();
  const pgData = path.join(dir, 'pg');
  fs.mkdirSync(pgData);
  fs.chownSync(pgData, user.uid, user.gid);
  const init = spawnSync(path.join(PG_BIN!, 'initdb'), ['-D', pgData, '-A', 'trust', '-U', 'postgres', '--no-sync'], { encoding: 'utf8', ...user });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const pg = new Service('postgres', pgPort!, () => ({
    cmd: path.join(PG_BIN!, 'postgres'),
    args: ['-D', pgData, '-p', String(pgPort), '-k', pgData, '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    user,
  }), logs);

  const redisDir = path.join(dir, 'redis');
  fs.mkdirSync(redisDir);
  // Append-only file: a restart keeps the stream, so the adapter reads on from its offset.
  const redis = new Service('redis', redisPort!, () => ({
    cmd: 'redis-server',
    args: ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', redisDir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''],
  }), logs);

  const site = fs
    .readFileSync(path.join(repo, 'deploy/nginx.conf'), 'utf8')
    .replace(/listen \d+;(\s+# attune-listen)/, `listen 127.0.0.1:${proxyPort};$1`)
    .replace(/(\s+server 127\.0\.0\.1:\d+ .*# attune-node\n)+/, () => nodePorts.map((p) => `\n    server 127.0.0.1:${p} max_fails=1 fail_timeout=3s;  # attune-node`).join('') + '\n');
  const nginxDir = path.join(dir, 'nginx');
  fs.mkdirSync(nginxDir);
  fs.writeFileSync(path.join(nginxDir, 'attune.conf'), site);
  fs.writeFileSync(
    path.join(nginxDir, 'nginx.conf'),
    `daemon off;\nworker_processes 1;\npid ${nginxDir}/nginx.pid;\nerror_log ${nginxDir}/error.log warn;\nevents { worker_connections 4096; }\nhttp {\n  access_log off;\n  client_body_temp_path ${nginxDir}/body;\n  proxy_temp_path ${nginxDir}/proxy;\n  include ${nginxDir}/attune.conf;\n}\n`,
  );
  const nginx = new Service('nginx', proxyPort!, () => ({ cmd: 'nginx', args: ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir] }), logs);

  const databaseUrl = `postgres://postgres@127.0.0.1:${pgPort}/postgres`;
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  // node with tsx's loader, not the tsx wrapper: kill -9 must reach the server process itself.
  const tsxLoader = path.join(repo, 'node_modules/tsx/dist/loader.mjs');
  const nodes = nodePorts.map(
    (port, i) =>
      new Service(`node${i + 1}`, port!, () => ({
        cmd: process.execPath,
        args: ['--import', `file://${tsxLoader}`, path.join(repo, 'server/index.ts')],
        env: {
          PORT: String(port),
          NODE_ID: `node${i + 1}`,
          DATABASE_URL: databaseUrl,
          REDIS_URL: redisUrl,
          DATA_DIR: path.join(dir, `data${i + 1}`),
          TRUST_PROXY: '1',
          LOG_LEVEL: 'warn',
          // Every scripted person comes from 127.0.0.1: one "network".
          SESSION_CREATIONS: '1000',
          SOCKETS_PER_ADDRESS: '10000',
          ADDRESS_COMMAND_BURST: '100000',
          HEALTH_PROBE_MS: '5000',
          ...nodeEnv(i),
        },
      }), logs),
  );

  await pg.start();
  await redis.start();
  // One at a time: the first migrates, and a busy two-core machine starts them faster in turn.
  for (const n of nodes) await n.start();
  await nginx.start();
  return {
    dir,
    pg,
    redis,
    nginx,
    nodes,
    databaseUrl,
    redisUrl,
    proxyUrl: `http://127.0.0.1:${proxyPort}`,
    nodeUrl: (i) => `http://127.0.0.1:${nodes[i]!.port}`,
    stopAll: async () => {
      await nginx.stop().catch(() => {});
      for (const n of nodes) await n.stop().catch(() => {});
      await redis.stop().catch(() => {});
      await pg.stop('SIGINT').catch(() => {});
    },
  };
}
