import type { TalkMetrics } from '../../../../shared/talk/metrics';
import type { PlainTalkNote } from '../../../../shared/talk/plain';
import { plainTalkNotes } from '../../../../shared/talk/plain';
import { assertNever } from '../../../../shared/errors';
import type { Translate } from '../../i18n/useT';
import { useLocale, useT } from '../../i18n/useT';
import { formatList } from '../../ui/format';
import { percent } from './talk-format';
import './talk-plain.css';

/** The dashboard's first lines: who has not spoken, who has spoken much less or much more, in plain words. */
export function PlainSummary({ metrics }: { metrics: TalkMetrics }) {
  const t = useT();
  const locale = useLocale();
  const notes = plainTalkNotes(metrics);
  if (notes.length === 0) return null;
  return (
    <ul className="talk-plain" data-testid="talk-plain">
      {notes.map((n) => (
        <li key={n.kind}>{noteText(t, n, locale)}</li>
      ))}
    </ul>
  );
}

function noteText(t: Translate, n: PlainTalkNote, locale: string): string {
  switch (n.kind) {
    case 'nobodyYet':
      return t('talkStaff.plainNobodyYet');
    case 'notSpoken':
      return t('talkStaff.plainNotSpoken', { names: formatList(n.names, locale), count: n.names.length });
    case 'quiet':
      return t('talkStaff.plainQuiet', { names: formatList(n.names, locale), count: n.names.length });
    case 'most':
      return t('talkStaff.plainMost', { name: n.name, share: percent(n.share, locale), fair: percent(n.fair, locale) });
    case 'even':
      return t('talkStaff.plainEven');
    default:
      return assertNever(n, 'plain talk note');
  }
}
