import { expect, test } from './fixtures';

// A browser whose client speaks an older protocol major is told `upgrade_required`
// and reloads itself to get the current app, once, not in a loop.

test('the room page reloads itself once when the server needs a newer protocol', async ({ actors }) => {
  const fac = await actors.facilitator();
  const { page } = fac;
  // Make this page's client look old: rewrite the protocol version in its Socket.IO connect packet.
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      server.send(typeof message === 'string' ? message.replace(/"protocol":"\d+\.\d+"/, '"protocol":"0.9"') : message);
    });
  });
  let loads = 0;
  page.on('load', () => loads++);
  await page.reload();
  // Our reload, then the one the app does on upgrade_required.
  await expect.poll(() => loads).toBe(2);
  expect(await page.evaluate(() => sessionStorage.getItem('attune:upgradeReloadAt'))).not.toBeNull();
  // Refused again after its reload, it does not reload again within the minute.
  await page.waitForTimeout(1500);
  expect(loads).toBe(2);
});
