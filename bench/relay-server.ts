import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { startMetricsServer } from '../server/metrics.js';

/**
 * The floor: a bare Socket.IO relay with the same transport settings as Attune
 * and none of its work (no validation, no state, no storage, no views). Each
 * socket names its room in the handshake; whatever a socket sends is broadcast
 * to everyone in the room (sender included, as Attune sends the sender its patch
 * too) and acknowledged. Env: PORT, METRICS_PORT.
 */
const httpServer = http.createServer((req, res) => {
  if (req.url === '/healthz') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  else res.writeHead(404).end();
});
const io = new Server(httpServer, { maxHttpBufferSize: 64 * 1024, serveClient: false });

io.on('connection', (socket) => {
  const room = String((socket.handshake.auth as { room?: unknown }).room ?? 'default');
  void socket.join(room);
  socket.onAny((event: string, ...args: unknown[]) => {
    const ack = args[args.length - 1];
    io.to(room).emit(event, args[0]);
    if (typeof ack === 'function') (ack as (r: unknown) => void)({ ok: true });
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', async () => {
  const port = (httpServer.address() as AddressInfo).port;
  const metricsPort = await startMetricsServer(Number(process.env.METRICS_PORT ?? 0), () => ({ sockets: io.engine.clientsCount }));
  console.log(JSON.stringify({ port, metricsPort }));
});

process.on('SIGTERM', () => io.close(() => process.exit(0)));
