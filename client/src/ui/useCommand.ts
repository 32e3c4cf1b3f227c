import { useCallback, useState } from 'react';
import type { CommandInput, CommandName } from '../../../shared/commands';
import type { CommandAck } from '../../../shared/protocol';
import { useSend } from '../room/useRoom';

/**
 * A command behind a button: `pending` while the ack is out, `error` holds the
 * server's message when it failed (show it with <InlineError>). Never silent.
 */
export function useCommand() {
  const send = useSend();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <K extends CommandName>(name: K, payload: CommandInput<K>): Promise<CommandAck> => {
      setPending(true);
      setError(null);
      let ack: CommandAck;
      try {
        ack = await send(name, payload);
      } catch {
        ack = { ok: false, error: { code: 'internal', message: 'That did not work. Please try again.' } };
      }
      setPending(false);
      if (!ack.ok) setError(ack.error.message);
      return ack;
    },
    [send],
  );
  return { run, pending, error, clearError: () => setError(null) };
}
