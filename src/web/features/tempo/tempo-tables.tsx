import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tempo } from '../../../core/contract/tempo.js';
import { formatDate } from '../../lib/datetime.js';
import { useLocalized } from '../../ui/localized-text.js';
import {
  formatPoints,
  indexByDate,
  lastOf,
  listChangeDates,
  listSteps,
  type TempoPair,
} from './tempo-data.js';

/** A wide table scrolls inside its own box at 320 px; the page itself never scrolls sideways. */
function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** The tracks' index on the last day of the window. */
export function StandingTable({ tempo }: { tempo: Tempo }) {
  const { t, i18n } = useTranslation('tempo');
  const localized = useLocalized();
  const caption = t('table.standing', { date: formatDate(tempo.to, i18n.language) });
  return (
    <ScrollBox label={caption}>
      <table className="usa-table usa-table--borderless" data-testid="standing-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.track')}</th>
            <th scope="col">{t('table.indexOn', { date: formatDate(tempo.from, i18n.language) })}</th>
            <th scope="col">{t('table.indexOn', { date: formatDate(tempo.to, i18n.language) })}</th>
          </tr>
        </thead>
        <tbody>
          {tempo.series.map((s) => (
            <tr key={s.trackId} data-track={s.key}>
              <th scope="row">{localized(s.name)}</th>
              <td>{formatPoints(s.points[0]?.value ?? 0, i18n.language)}</td>
              <td data-testid={`latest-${s.key}`}>
                {formatPoints(lastOf(s.points)?.value ?? 0, i18n.language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** Every track's index on each day any of them changed: the numbers behind the chart. */
export function HistoryTable({ tempo }: { tempo: Tempo }) {
  const { t, i18n } = useTranslation('tempo');
  const localized = useLocalized();
  const dates = listChangeDates(tempo.series);
  const lookups = tempo.series.map((s) => indexByDate(s.points));
  const caption = t('table.history');
  return (
    <ScrollBox label={caption}>
      <table className="usa-table usa-table--borderless usa-table--striped" data-testid="history-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.date')}</th>
            {tempo.series.map((s) => (
              <th scope="col" key={s.trackId}>
                {localized(s.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dates.map((date) => (
            <tr key={date}>
              <th scope="row" className="text-no-wrap">
                <time dateTime={date}>{formatDate(date, i18n.language)}</time>
              </th>
              {lookups.map((lookup, i) => (
                <td key={tempo.series[i]?.trackId ?? i}>
                  {formatPoints(lookup.get(date)?.value ?? 0, i18n.language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** One pair: its gap on each day it changed, and the periods it spent out of step. */
export function PairTables({ tempo, pair }: { tempo: Tempo; pair: TempoPair }) {
  const { t, i18n } = useTranslation('tempo');
  const localized = useLocalized();
  const nameOf = (id: string) => localized(tempo.series.find((s) => s.trackId === id)?.name);
  const names = { a: nameOf(pair.trackA), b: nameOf(pair.trackB), tolerance: pair.tolerance };
  const gaps = listSteps(pair.gaps.map((g) => ({ date: g.date, value: g.gap })));
  const gapCaption = t('table.gaps', names);
  const breachCaption = t('table.breaches', names);
  return (
    <>
      <ScrollBox label={gapCaption}>
        <table className="usa-table usa-table--borderless usa-table--striped" data-testid="gap-table">
          <caption>{gapCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.date')}</th>
              <th scope="col">{t('table.gap')}</th>
              <th scope="col">{t('table.inStep')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.date}>
                <th scope="row" className="text-no-wrap">
                  <time dateTime={g.date}>{formatDate(g.date, i18n.language)}</time>
                </th>
                <td>{formatPoints(g.value, i18n.language)}</td>
                <td>
                  {Math.abs(g.value) > pair.tolerance ? t('table.outOfStep') : t('table.withinTolerance')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {pair.breaches.length === 0 ? (
        <p>{t('table.noBreaches', names)}</p>
      ) : (
        <ScrollBox label={breachCaption}>
          <table className="usa-table usa-table--borderless" data-testid="breach-table">
            <caption>{breachCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.startedOn')}</th>
                <th scope="col">{t('table.endedOn')}</th>
                <th scope="col">{t('table.leader')}</th>
                <th scope="col">{t('table.maxGap')}</th>
              </tr>
            </thead>
            <tbody>
              {pair.breaches.map((b) => (
                <tr key={b.startedOn}>
                  <th scope="row" className="text-no-wrap">
                    <time dateTime={b.startedOn}>{formatDate(b.startedOn, i18n.language)}</time>
                  </th>
                  <td>
                    {b.endedOn ? (
                      <time dateTime={b.endedOn}>{formatDate(b.endedOn, i18n.language)}</time>
                    ) : (
                      t('table.ongoing')
                    )}
                  </td>
                  <td>{nameOf(b.leader)}</td>
                  <td>{formatPoints(b.maxGap, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </>
  );
}
