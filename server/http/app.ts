import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Deps } from '../deps.js';
import type { NotesServer } from '../notes/notes-server.js';
import { notesRouter } from '../notes/notes-http.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { apiRouter } from './api.js';
import { renderAsyncApi } from '../docs/asyncapi.js';

/** Express: security headers, the REST API, health, and the built client with SPA fallback. */
export function createHttpApp(
  deps: Deps,
  registry: RoomRegistry,
  isReady: () => boolean,
  notes: NotesServer,
  /** Feature routers mounted under /api before the set-up API (whose last route answers 404). */
  featureApis: express.Router[] = [],
): express.Express {
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
    if (!isReady()) return void res.status(503).json({ status: 'starting' });
    res.json({ status: 'ok', rooms: registry.loadedCount });
  });

  // The machine-readable protocol (AsyncAPI 3), built once from the schemas; docs/asyncapi.json is the same document.
  const asyncApi = renderAsyncApi();
  app.get('/api/asyncapi.json', (_req, res) => void res.type('application/json').send(asyncApi));
  app.use('/api', notesRouter(deps, registry, notes));
  for (const router of featureApis) app.use('/api', router);
  app.use('/api', apiRouter(deps, registry));

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
    if (status >= 500) deps.logger.error({ err }, 'request failed');
    res.status(status).json({ error: { code: status === 400 ? 'invalid_payload' : 'internal', message: status === 400 ? 'The request body is not valid JSON.' : 'Something went wrong on our side.' } });
  });
  return app;
}
