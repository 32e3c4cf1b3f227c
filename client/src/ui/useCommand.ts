import { useCallback, useState } from 'react';
import type { CommandInput, CommandName } from '../../../shared/commands';
import type { CommandAck } from '../../../shared/protocol';
import { errorText } from '../i18n/errors';
import { useT } from '../i18n/useT';
import { useSend } from '../room/useRoom';

/**
 * A command behind a button: `pending` while the ack is out, `error` holds the
 * text for the server's error code in the reader's language when it failed (show it with <InlineError>). Never silent.
 */
export function useCommand() {
  const send = useSend();
  const t = useT();
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
        ack = { ok: false, error: { code: 'internal', message: 'The command could not be sent.' } };
      }
      setPending(false);
      if (!ack.ok) setError(errorText(t, ack.error));
      return ack;
    },
    [send, t],
  );
  return { run, pending, error, clearError: () => setError(null) };
}
