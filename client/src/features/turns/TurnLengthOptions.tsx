import { useLocale, useT } from '../../i18n/useT';
import { formatClock } from '../../ui/format';
import { secondsToValue } from './turn-lengths';

/** The <option>s of a turn-length select: "No limit", whole minutes in words, any other length as a clock. */
export function TurnLengthOptions({ choices }: { choices: ReadonlyArray<number | null> }) {
  const t = useT();
  const locale = useLocale();
  const label = (seconds: number | null) =>
    seconds === null ? t('turnLen.none') : seconds % 60 === 0 ? t('common.minutes', { minutes: seconds / 60 }) : formatClock(seconds * 1000, locale);
  return (
    <>
      {choices.map((seconds) => (
        <option key={secondsToValue(seconds)} value={secondsToValue(seconds)}>
          {label(seconds)}
        </option>
      ))}
    </>
  );
}
