import { useTranslation } from 'react-i18next';
import { formatPreciseDate, type Precision } from './timeline-date.js';

/** A date with its precision, machine-readable in the datetime attribute. */
export function PreciseDate({ date, precision }: { date: string; precision: Precision }) {
  const { t, i18n } = useTranslation('timeline');
  const text = formatPreciseDate(date, precision, i18n.language, (day) =>
    t('precision.weekOf', { date: day }),
  );
  return <time dateTime={precision === 'month' ? date.slice(0, 7) : date}>{text}</time>;
}
