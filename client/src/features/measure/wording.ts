import type { CommandInput } from '../../../../shared/commands';
import type { MeasureKind, MeasureSettings } from '../../../../shared/measure/definitions';
import { MEASURES, modeOf } from '../../../../shared/measure/definitions';
import type { MessageId, Translate } from '../../i18n/useT';

/** The default wording of a measure's question, a catalog text in the reader's language. */
const itemKey = (kind: MeasureKind, item: string) => `measure.${kind}.${item}` as MessageId;
const endKey = (kind: MeasureKind, end: 'low' | 'high') => `measure.${kind}.${end}` as MessageId;

/** A measure's questions as the group asks them: its own wording where it set one, the defaults otherwise. */
export function questionsOf(kind: MeasureKind, settings: MeasureSettings, t: Translate): string[] {
  if (kind === 'goals') return [];
  const own = settings.wording[kind];
  return MEASURES[kind].items.map((item, i) => own?.[i] || t(itemKey(kind, item.id)));
}

/** The `measure:open` payload for a measure, in the group's wording and mode. */
export function openPayload(kind: MeasureKind, settings: MeasureSettings, t: Translate): CommandInput<'measure:open'> {
  return {
    kind,
    mode: modeOf(kind, settings),
    items: questionsOf(kind, settings, t),
    low: t(endKey(kind, 'low')),
    high: t(endKey(kind, 'high')),
    ...(kind === 'wellbeing' ? { cutoff: settings.wellbeingCutoff } : {}),
  };
}

/** The name of a measure ("How I've been"). */
export const measureTitle = (kind: MeasureKind, t: Translate) => t('measure.title', { measure: kind });
