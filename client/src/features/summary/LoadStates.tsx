import { errorText } from '../../i18n/errors';
import { LanguagePicker } from '../../i18n/LanguagePicker';
import { useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';
import { Page } from '../../ui/Page';

/** Why a staff page could not load: a text of ours, or the server's error code. */
export type LoadFailure = MessageId | { code: string };

/** The summary's and group page's "loading" and "not available" screens. */
export function LoadStates({ title, loading, failure, failedHeading }: { title: string; loading: MessageId; failure: LoadFailure | null; failedHeading: MessageId }) {
  const t = useT();
  if (failure === null)
    return (
      <Page title={title}>
        <p role="status">{t(loading)}</p>
      </Page>
    );
  return (
    <Page title={title}>
      <LanguagePicker />
      <h1>{t(failedHeading)}</h1>
      <p>{typeof failure === 'string' ? t(failure) : errorText(t, failure)}</p>
    </Page>
  );
}
