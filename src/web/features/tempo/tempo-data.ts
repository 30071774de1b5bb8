import { DateTime } from 'luxon';
import type { Tempo } from '../../../core/contract/tempo.js';

export type TempoSeries = Tempo['series'][number];
export type TempoPair = Tempo['pairs'][number];
export interface Point {
  date: string;
  value: number;
}

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and dark enough on white.
export const TRACK_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'];

/** The points where a daily series changes, with its first and last day: a step line needs no more. */
export function listSteps(points: readonly Point[]): Point[] {
  const steps: Point[] = [];
  points.forEach((p, i) => {
    const previous = points[i - 1];
    if (!previous || previous.value !== p.value || i === points.length - 1) steps.push(p);
  });
  return steps;
}

/** Days on which any series changes, plus the window's first and last day, in order. */
export function listChangeDates(series: readonly { points: readonly Point[] }[]): string[] {
  const dates = new Set<string>();
  for (const s of series) for (const p of listSteps(s.points)) dates.add(p.date);
  return [...dates].sort();
}

/** A lookup of a daily series by date. */
export function indexByDate<T extends { date: string }>(points: readonly T[]): Map<string, T> {
  return new Map(points.map((p) => [p.date, p]));
}

export function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/** Index points for people: whole numbers read best in prose, one decimal in tables. */
export function formatPoints(value: number, locale: string, digits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/** A calendar date written out, e.g. "November 7, 2018" / "2018년 11월 7일". */
export function formatLongDate(date: string, locale: string): string {
  const dt = DateTime.fromISO(date, { zone: 'utc' }).setLocale(locale);
  return dt.isValid ? dt.toLocaleString(DateTime.DATE_FULL) : date;
}

/** The UTC midnight of a calendar date, for the chart's time axis. */
export function toChartDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The partner of the track ahead in a pair. */
export function otherTrackOf(pair: Pick<TempoPair, 'trackA' | 'trackB'>, trackId: string): string {
  return pair.trackA === trackId ? pair.trackB : pair.trackA;
}

/** |gap| on the last day of the window. */
export function currentGapOf(pair: TempoPair): number {
  return Math.abs(lastOf(pair.gaps)?.gap ?? 0);
}
