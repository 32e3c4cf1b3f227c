// A flooding client in its own process, so the flood's sending and its
// acknowledgements do not share the event loop of the server under test (which
// runs in the test's process). Driven over IPC by tests/support/flood.ts.
import { io } from 'socket.io-client';

const sockets = [];
let timers = [];
let accepted = 0;
let sent = 0;

function open(url, { auth, from }) {
  const s = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { 'x-forwarded-for': from } });
  return new Promise((resolve) => {
    s.once('connect', () => {
      sockets.push(s);
      resolve('connected');
    });
    s.once('connect_error', (err) => {
      s.close();
      resolve(err?.data?.code ?? err.message);
    });
  });
}

/** Each open socket sends a command every 20 ms (50 a second), alternating a raised and a lowered hand. */
function flood(participantIds) {
  timers = sockets.map((s, i) =>
    setInterval(() => {
      sent++;
      const raise = (sent & 1) === 0;
      const payload = raise ? {} : { participantId: participantIds[i % participantIds.length] };
      s.emit(raise ? 'turns:raiseHand' : 'turns:lowerHand', payload, (ack) => {
        if (ack?.ok) accepted++;
      });
    }, 20),
  );
}

process.on('message', async (msg) => {
  if (msg.type === 'connect') {
    const results = await Promise.all(msg.clients.map((c) => open(msg.url, c)));
    process.send({ type: 'connected', results });
  } else if (msg.type === 'flood') {
    accepted = 0;
    sent = 0;
    flood(msg.participantIds);
    process.send({ type: 'flooding' });
  } else if (msg.type === 'stop') {
    timers.forEach(clearInterval);
    // Let acknowledgements in flight arrive before counting.
    setTimeout(() => process.send({ type: 'stopped', accepted, sent }), 300);
  } else if (msg.type === 'exit') {
    sockets.forEach((s) => s.close());
    process.exit(0);
  }
});
process.send({ type: 'ready' });
