import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Limits } from '../auth/limits.js';
import { sendError } from './access.js';
import type { Deps } from '../deps.js';
import type { StoreHealth } from '../store/faults.js';
import { storeFailure } from '../store/faults.js';
import type { NotesServer } from '../notes/notes-server.js';
import { notesRouter } from '../notes/notes-http.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { apiRouter } from './api.js';
import { renderAsyncApi } from '../docs/asyncapi.js';

/** Express: security headers, the REST API, health, and the built client with SPA fallback. */
export interface HttpAppParts {
  deps: Deps;
  registry: RoomRegistry;
  isReady: () => boolean;
  health: StoreHealth;
  limits: Limits;
  notes: NotesServer;
  /** Feature routers mounted under /api before the set-up API (whose last route answers 404). */
  featureApis?: express.Router[];
}

export function createHttpApp({ deps, registry, isReady, health, limits, notes, featureApis = [] }: HttpAppParts): express.Express {
  const app = express();
  app.disable('x-powered-by');
  if (deps.config.trustProxy) app.set('trust proxy', true);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          // 'self' covers same-origin ws:/wss: in current browsers (CSP level 3).
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!isReady()) return void res.status(503).json({ status: 'starting' });
    const problem = health.problem;
    if (problem) return void res.status(503).json({ status: 'unavailable', reason: problem });
    res.json({ status: 'ok', rooms: registry.loadedCount });
  });

  // API answers carry credentials (tokens, invite links) or private data: no cache keeps them.
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // The machine-readable protocol (AsyncAPI 3), built once from the schemas; docs/asyncapi.json is the same document.
  const asyncApi = renderAsyncApi();
  app.get('/api/asyncapi.json', (_req, res) => void res.type('application/json').send(asyncApi));
  app.use('/api', notesRouter(deps, registry, notes));
  for (const router of featureApis) app.use('/api', router);
  app.use('/api', apiRouter(deps, registry, limits));

  const indexHtml = path.join(deps.config.clientDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(express.static(deps.config.clientDir, { index: false, maxAge: '1h' }));
    // Every other GET is a client route (/, /join/ABC, /s/…): the app decides.
    app.get(/^\/(?!api\/|socket\.io\/|notes\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The Attune client is not built yet. Run `npm run build` (npm start does it for you).');
    });
  }

  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status === 413) return sendError(res, 'payload_too_large', 'The request body is too large.');
    if (status === 400) return sendError(res, 'invalid_payload', 'The request body is not valid JSON.');
    if (storeFailure(err)) {
      health.report(err);
      return sendError(res, 'unavailable', 'We cannot reach our data right now. Please try again in a moment.');
    }
    deps.logger.error({ err }, 'request failed');
    sendError(res, 'internal', 'Something went wrong on our side.');
  });
  return app;
}
