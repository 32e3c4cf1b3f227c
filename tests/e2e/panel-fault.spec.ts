import { expect, expectAccessible, test } from './fixtures';

/**
 * A malformed feedback item reaches a member (injected into the live
 * connection, since the server never sends one): that panel steps aside, the
 * client reports it and resyncs, and the rest of the page stays usable.
 */
test('a malformed item never blanks a member’s page', async ({ actors }) => {
  const fac = await actors.facilitator();
  const ann = await actors.member(fac.joinCode, 'Ann');

  let corrupted = 0;
  let faultsReported = 0;
  await ann.page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      if (typeof message === 'string' && message.includes('"view:fault"')) faultsReported++;
      server.send(message);
    });
    server.onMessage((message) => {
      if (corrupted === 0 && typeof message === 'string' && message.startsWith('42["view:full"')) {
        corrupted++;
        const [event, body] = JSON.parse(message.slice(2)) as [string, { view: { shared: { feedback: { round: unknown } } } }];
        // A revealed item without `resonates`: the shape that blanked pages before.
        body.view.shared.feedback.round = {
          id: 'r1', mode: 'group', focusId: null, labels: ['When you…', 'I felt…'], attribution: 'named',
          startedAt: 0, writeUntil: null, phase: 'revealed', submitted: 1,
          revealed: { i1: { recipient: null, giverName: 'Zed', parts: ['a', 'b'] } },
        };
        ws.send(`42${JSON.stringify([event, body])}`);
        return;
      }
      ws.send(message);
    });
  });
  await ann.page.reload();

  await expect(ann.page.getByRole('heading', { level: 1, name: 'Tuesday group' })).toBeVisible();
  await expect.poll(() => faultsReported).toBeGreaterThan(0);
  expect(corrupted).toBe(1);
  // The resync brought the real view: no round, no note, and everything else works.
  await expect(ann.page.getByText('could not be shown')).toHaveCount(0);
  await ann.page.getByRole('button', { name: 'Raise hand' }).click();
  await expect(ann.page.getByRole('button', { name: 'Lower hand' })).toBeVisible();
  await expect(fac.page.getByRole('list', { name: 'Raised hands' })).toContainText('Ann');
  await expectAccessible(ann.page, 'member after a panel fault');
});
