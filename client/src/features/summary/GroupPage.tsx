import { useCallback, useEffect, useState } from 'react';
import { formatJoinCode } from '../../../../shared/ids';
import { CopyField } from '../../console/InvitePanel';
import '../../styles/console.css';
import type { GroupPage as GroupData, NextSession } from '../../../../shared/summary/api';
import { saveCredential, saveLinks } from '../../app/credentials';
import { navigate } from '../../app/router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { InlineError } from '../../ui/InlineError';
import { Link } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ScrollBox } from '../../ui/ScrollBox';
import { useSummaryFormat } from './format';
import { errorText } from '../../i18n/errors';
import { LoadStates } from './LoadStates';
import type { LoadFailure } from './LoadStates';
import { LanguagePicker } from '../../i18n/LanguagePicker';
import { useLocale, useT } from '../../i18n/useT';
import { formatDecimal, formatNames, formatPercent } from '../../ui/format';
import { deleteGroup, fetchGroup, forgetGroupToken, groupToken, startNextSession } from './history-api';
import { GroupMap } from '../map/GroupMap';
import { GroupMoments } from '../moment/GroupMoments';
import { RetentionForm } from './RetentionForm';
import { ProgrammeCard } from '../programme/ProgrammeCard';
import { TrendChart } from './TrendChart';
import { MeasureTrends, MemberMeasuresSection } from '../measure/GroupMeasures';
import { MeasureSettingsForm } from '../measure/MeasureSettingsForm';
import './summary.css';

/** A returning member's own invite link: their name rides in the fragment, never sent to the server (see Join.tsx). */
const personalLink = (memberLink: string, name: string) => `${memberLink}#name=${encodeURIComponent(name)}`;

type Load = { state: 'loading' } | { state: 'error'; message: LoadFailure } | { state: 'ready'; data: GroupData; token: string };

/** A group's sessions over time, its trends, the next session, retention and deletion. Staff only. */
export function GroupPage({ groupId }: { groupId: string }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const t = useT();
  const reload = useCallback(async () => {
    const token = groupToken(groupId);
    if (!token) return setLoad({ state: 'error', message: 'group.noLink' });
    const r = await fetchGroup(groupId, token);
    if (!r.ok) return setLoad({ state: 'error', message: r });
    setLoad({ state: 'ready', data: r.data, token });
  }, [groupId]);
  useEffect(() => void reload(), [reload]);
  const groupName = load.state === 'ready' ? load.data.group.name : null;
  useEffect(() => {
    if (groupName) document.title = `${t('group.docTitle', { group: groupName })} · Attune`;
  }, [groupName, t]);

  const title = t('title.group');
  if (load.state !== 'ready')
    return <LoadStates title={title} loading="group.loading" failedHeading="group.unavailable" failure={load.state === 'error' ? load.message : null} />;
  const { data, token } = load;
  return (
    <Page title={title} wide>
      <LanguagePicker />
      <h1>{data.group.name}</h1>
      <p className="lede">{t('group.sessionsSoFar', { count: data.sessions.length })}</p>
      <NextSessionCard groupId={groupId} token={token} returningNames={data.returningNames} />
      <ProgrammeCard groupId={groupId} token={token} />
      <Sessions data={data} />
      <Trends data={data} />
      <GroupMap figures={data.map} />
      <GroupMoments sessions={data.moments} />
      <MeasureTrends trends={data.trends.measures} />
      <MemberMeasuresSection groupId={groupId} token={token} />
      <MeasureSettingsForm groupId={groupId} token={token} />
      <RetentionForm groupId={groupId} token={token} initial={data.group} onSaved={() => void reload()} />
      <DeleteGroup groupId={groupId} token={token} name={data.group.name} />
    </Page>
  );
}

function NextSessionCard({ groupId, token, returningNames }: { groupId: string; token: string; returningNames: string[] }) {
  const [next, setNext] = useState<NextSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  const locale = useLocale();
  const start = async () => {
    setBusy(true);
    setError(null);
    const r = await startNextSession(groupId, token);
    setBusy(false);
    if (!r.ok) return setError(errorText(t, r));
    saveCredential(r.data.sessionId, { token: r.data.facilitatorToken });
    saveLinks(r.data);
    setNext(r.data);
  };
  const origin = window.location.origin;
  return (
    <section className="card sum-section" aria-labelledby="next-title">
      <h2 id="next-title">{t('group.next')}</h2>
      {next ? (
        <div role="status">
          <p>{t('group.readyCode', { code: formatJoinCode(next.joinCode) })}</p>
          <CopyField label={t('invite.memberLink')} value={origin + next.memberLink} testId="next-member-link" />
          <CopyField label={t('invite.coLink')} value={origin + next.coFacilitatorLink} hint={t('invite.coHint')} testId="next-cofacilitator-link" />
          {next.returningNames.length > 0 ? (
            <>
              <p>{t('group.personalLinks')}</p>
              {next.returningNames.map((name) => (
                <CopyField key={name} label={name} value={personalLink(origin + next.memberLink, name)} />
              ))}
            </>
          ) : null}
          <button type="button" className="primary" onClick={() => navigate(`/s/${encodeURIComponent(next.sessionId)}`)}>
            {t('group.openNew')}
          </button>
        </div>
      ) : (
        <>
          <p className="muted">{t('group.sameGroup')}</p>
          {returningNames.length > 0 ? <p>{t('group.lastTime', { names: formatNames(returningNames, locale) })}</p> : null}
          <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
            {busy ? t('group.starting') : t('group.startNext')}
          </button>
        </>
      )}
      <InlineError message={error} />
    </section>
  );
}

function Sessions({ data }: { data: GroupData }) {
  const t = useT();
  const { compactDate, minutesText, timeText } = useSummaryFormat();
  return (
    <section className="card sum-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('group.sessions')}</h2>
      <ScrollBox labelledBy="sessions-title">
        <table className="data-table sum-table" data-testid="group-sessions">
          <thead>
            <tr>
              <th scope="col">{t('group.colDate')}</th>
              <th scope="col">{t('group.colLength')}</th>
              <th scope="col">{t('group.colMembers')}</th>
              <th scope="col">{t('group.colDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {[...data.sessions].reverse().map((s) => (
              <tr key={s.sessionId}>
                <th scope="row">
                  {s.detail ? (
                    <Link href={`/s/${encodeURIComponent(s.sessionId)}/summary?group=${encodeURIComponent(data.group.id)}`}>{compactDate(s.startedAt)}</Link>
                  ) : (
                    compactDate(s.startedAt)
                  )}
                  <span className="sum-sub">{timeText(s.startedAt)}</span>
                </th>
                <td>{s.endedAt === null ? t('group.running') : minutesText(s.lengthMs)}</td>
                <td>{t('common.number', { n: s.membersAttended })}</td>
                <td>{!s.detail ? t('group.deletedKept') : s.deleteAfter === null ? t('group.kept') : t('group.keptUntil', { date: compactDate(s.deleteAfter) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

function Trends({ data }: { data: GroupData }) {
  const trends = data.trends;
  const t = useT();
  const locale = useLocale();
  const maxMembers = Math.max(1, ...trends.attendance.map((p) => p.value));
  return (
    <section className="card sum-section" aria-labelledby="trends-title">
      <h2 id="trends-title">{t('group.trends')}</h2>
      {data.sessions.length < 2 ? <p className="muted">{t('group.trendsLater')}</p> : null}
      <div className="trend-grid">
        <TrendChart title={t('group.trendMembers')} points={trends.attendance} max={maxMembers} format={(v) => t('common.number', { n: v })} />
        {trends.balanceIndex.length > 0 ? (
          <TrendChart title={t('group.trendBalance')} points={trends.balanceIndex} max={1} format={(v) => formatDecimal(v, 2, locale)} />
        ) : null}
        {trends.memberToMember.length > 0 ? (
          <TrendChart title={t('group.trendMemberToMember')} points={trends.memberToMember} max={1} format={(v) => formatPercent(v, locale)} />
        ) : null}
        {trends.memberToMemberAfter.length > 0 ? (
          <TrendChart title={t('group.trendMemberToMemberAfter')} points={trends.memberToMemberAfter} max={1} format={(v) => formatPercent(v, locale)} />
        ) : null}
        {trends.scales.map((s) => (
          <TrendChart key={s.prompt} title={t('group.trendMean', { prompt: s.prompt })} points={s.points} max={10} format={(v) => formatDecimal(v, 1, locale)} />
        ))}
      </div>
    </section>
  );
}

function DeleteGroup({ groupId, token, name }: { groupId: string; token: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  return (
    <section className="card sum-section" aria-labelledby="delete-group-title">
      <h2 id="delete-group-title">{t('group.deleteTitle')}</h2>
      <p className="muted">{t('group.deleteHint', { group: name })}</p>
      <ConfirmButton
        label={t('group.deleteButton')}
        title={t('group.deleteConfirmTitle', { group: name })}
        body={t('group.deleteConfirmBody')}
        confirmLabel={t('group.deleteConfirm')}
        className="danger"
        onConfirm={async () => {
          const r = await deleteGroup(groupId, token);
          if (!r.ok) return setError(errorText(t, r));
          forgetGroupToken(groupId);
          navigate('/', { replace: true });
        }}
      />
      <InlineError message={error} />
    </section>
  );
}
