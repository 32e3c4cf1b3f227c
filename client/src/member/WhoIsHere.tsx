import { Roster } from '../room/Roster';
import { useT } from '../i18n/useT';

export function WhoIsHere() {
  const t = useT();
  return (
    <section className="card" aria-labelledby="who-title">
      <h2 id="who-title">{t('member.whoIsHere')}</h2>
      <Roster />
    </section>
  );
}
