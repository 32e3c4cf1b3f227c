import type { WritingProgress } from '../../../../shared/feedback/writing-progress';
import { formatList } from '../../ui/format';
import { useLocale, useT } from '../../i18n/useT';

/** Staff: "3 of 5 have sent" and, in named rounds, who is still writing, so nobody is rushed or forgotten. */
export function WritingProgressLine({ progress }: { progress: WritingProgress | undefined }) {
  const t = useT();
  const locale = useLocale();
  if (!progress || progress.sent === null) return null;
  return (
    <p data-testid="fb-writing-progress">
      <strong>{t('fbStaff.sentOf', { sent: progress.sent, of: progress.of })}</strong>
      {progress.stillWriting && progress.stillWriting.length > 0 ? <> · {t('fbStaff.stillWriting', { names: formatList(progress.stillWriting, locale) })}</> : null}
    </p>
  );
}
