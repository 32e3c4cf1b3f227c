import { useId } from 'react';
import { InlineError } from '../../ui/InlineError';
import { useCommand } from '../../ui/useCommand';
import { useT } from '../../i18n/useT';

/** The member decides whether the group sees what resonated with them: off until they turn it on. */
export function ShowMarksSwitch({ shown }: { shown: boolean }) {
  const id = useId();
  const cmd = useCommand();
  const t = useT();
  return (
    <div className="fb-show-marks">
      <div className="field check">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={shown}
          disabled={cmd.pending}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void cmd.run('feedback:shareMarks', { shared: e.target.checked })}
        />
        <label htmlFor={id}>{t('feedback.showMarks')}</label>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {shown ? t('feedback.showMarksOn') : t('feedback.showMarksOff')}
      </p>
      <InlineError message={cmd.error} />
    </div>
  );
}
