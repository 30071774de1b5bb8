import * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tempo } from '../../../core/contract/tempo.js';
import { pickLocalized } from '../../lib/localized.js';
import { useLocalized } from '../../ui/localized-text.js';
import {
  formatLongDate,
  formatPoints,
  lastOf,
  listSteps,
  otherTrackOf,
  toChartDate,
  TRACK_COLOURS,
} from './tempo-data.js';

interface LinePoint {
  name: string;
  date: Date;
  value: number;
}

/** Follows the width of an element, so that the chart redraws to fit a phone or a wide screen. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(280, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** One sentence a screen reader hears instead of the picture; the table below holds every number. */
export function useChartSummary(tempo: Tempo): string {
  const { t, i18n } = useTranslation('tempo');
  const localized = useLocalized();
  const nameOf = (id: string) => localized(tempo.series.find((s) => s.trackId === id)?.name);
  const latest = tempo.series
    .map((s) => `${localized(s.name)} ${formatPoints(lastOf(s.points)?.value ?? 0, i18n.language, 0)}`)
    .join(', ');
  const breaches = tempo.pairs.flatMap((p) =>
    p.breaches.map((b) =>
      t('chart.breachSummary', {
        leader: nameOf(b.leader),
        other: nameOf(otherTrackOf(p, b.leader)),
        from: formatLongDate(b.startedOn, i18n.language),
        to: b.endedOn ? formatLongDate(b.endedOn, i18n.language) : t('chart.ongoing'),
      }),
    ),
  );
  return [
    t('chart.summary', {
      from: formatLongDate(tempo.from, i18n.language),
      to: formatLongDate(tempo.to, i18n.language),
    }),
    t('chart.latest', { values: latest }),
    breaches.length > 0 ? breaches.join(' ') : t('chart.noBreach'),
  ].join(' ');
}

/**
 * The tracks' indices as step lines (dots where they change, a different symbol per track), the band of ±
 * tolerance around each pair's partner track, and the breach periods shaded and labelled with who ran ahead.
 */
export function TempoChart({ tempo }: { tempo: Tempo }) {
  const { t, i18n } = useTranslation('tempo');
  const language = i18n.language;
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const summary = useChartSummary(tempo);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const localized = (value: Parameters<typeof pickLocalized>[0]) => pickLocalized(value, language);
    // A track without milestones reads 0 throughout and would hide the others' baseline: tables only.
    const drawn = tempo.series.filter((s) => s.hasMilestones);
    const names = drawn.map((s) => localized(s.name));
    const nameOf = (id: string) => localized(tempo.series.find((s) => s.trackId === id)?.name);
    const lines: LinePoint[] = drawn.flatMap((s) =>
      listSteps(s.points).map((p) => ({
        name: localized(s.name),
        date: toChartDate(p.date),
        value: p.value,
      })),
    );
    const bands = tempo.pairs.flatMap((pair) => {
      const partner = tempo.series.find((s) => s.trackId === pair.trackB);
      return listSteps(partner?.points ?? []).map((p) => ({
        name: nameOf(pair.trackB),
        date: toChartDate(p.date),
        low: Math.max(0, p.value - pair.tolerance),
        high: Math.min(100, p.value + pair.tolerance),
      }));
    });
    const breaches = tempo.pairs.flatMap((pair) =>
      pair.breaches.map((b) => ({
        start: toChartDate(b.startedOn),
        end: toChartDate(b.endedOn ?? tempo.to),
        label: t('chart.ahead', { track: nameOf(b.leader) }),
      })),
    );
    const colours = names.map((_, i) => TRACK_COLOURS[i % TRACK_COLOURS.length] ?? '#000000');
    const chart = Plot.plot({
      width,
      height: width < 480 ? 260 : 340,
      marginLeft: 40,
      marginRight: 16,
      style: { fontSize: '13px', overflow: 'visible' },
      x: { type: 'utc', label: null, ticks: width < 480 ? 3 : 6 },
      y: { domain: [0, 100], label: t('chart.yLabel'), grid: true },
      color: { domain: names, range: colours },
      symbol: { domain: names, legend: true },
      marks: [
        Plot.rect(breaches, { x1: 'start', x2: 'end', fill: '#dfe1e2', fillOpacity: 0.7 }),
        Plot.areaY(bands, {
          x: 'date',
          y1: 'low',
          y2: 'high',
          z: 'name',
          fill: 'name',
          fillOpacity: 0.12,
          curve: 'step-after',
        }),
        Plot.ruleY([0]),
        Plot.line(lines, {
          x: 'date',
          y: 'value',
          z: 'name',
          stroke: 'name',
          strokeWidth: 2.5,
          curve: 'step-after',
        }),
        Plot.dot(lines, { x: 'date', y: 'value', stroke: 'name', symbol: 'name', fill: 'white', r: 4 }),
        // Anchored at the breach's end, so that an open breach at the right edge keeps its label inside.
        Plot.text(breaches, {
          x: 'end',
          text: 'label',
          frameAnchor: 'top',
          textAnchor: 'end',
          dx: -4,
          dy: 6,
          fill: '#1b1b1b',
          lineWidth: 10,
          stroke: 'white',
          strokeWidth: 3,
        }),
      ],
    });
    // The container is the role="img" with the summary; Plot's own labels on <g> are not valid ARIA there.
    for (const node of chart.querySelectorAll('[aria-label], [aria-description]')) {
      node.removeAttribute('aria-label');
      node.removeAttribute('aria-description');
    }
    for (const svg of chart.querySelectorAll('svg')) svg.setAttribute('aria-hidden', 'true');
    // With a legend Plot answers a <figure>, whose default 40 px side margins would squeeze the chart.
    chart.style.margin = '0';
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [tempo, width, language, t]);

  return (
    <figure className="margin-x-0 margin-y-2">
      <div
        ref={ref}
        role="img"
        aria-label={summary}
        data-testid="tempo-chart"
        className="lockstep-tempo-chart"
      />
      <figcaption className="usa-hint margin-top-1">
        {t('chart.caption', { band: tempo.pairs.length > 0 ? t('chart.bandCaption') : '' })}
      </figcaption>
    </figure>
  );
}
