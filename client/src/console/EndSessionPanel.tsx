import { ConfirmButton } from '../ui/ConfirmButton';
import { InlineError } from '../ui/InlineError';
import { useCommand } from '../ui/useCommand';
import { useT } from '../i18n/useT';

export function EndSessionPanel() {
  const end = useCommand();
  const t = useT();
  return (
    <section className="card" aria-labelledby="end-title">
      <h2 id="end-title">{t('end.title')}</h2>
      <p className="muted">{t('end.hint')}</p>
      <ConfirmButton
        label={t('end.button')}
        title={t('end.confirmTitle')}
        body={t('end.confirmBody')}
        confirmLabel={t('end.button')}
        className="danger"
        onConfirm={() => void end.run('session:end', {})}
      />
      <InlineError message={end.error} />
    </section>
  );
}
