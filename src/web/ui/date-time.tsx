import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/auth-queries.js';
import { formatDateTime, formatInZones } from '../lib/datetime.js';

function useUserZone(): string {
  const { data: me } = useMe();
  return me?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An instant in the user's time zone, machine-readable in the datetime attribute. */
export function DateTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={value}>{formatDateTime(value, useUserZone(), i18n.language)}</time>;
}

/** An instant in the user's zone and the other zones given, e.g. both capitals of a meeting. */
export function DateTimeInZones({ value, zones }: { value: string; zones: string[] }) {
  const { i18n } = useTranslation();
  const zoned = formatInZones(value, [useUserZone(), ...zones], i18n.language);
  return (
    <ul className="usa-list usa-list--unstyled">
      {zoned.map((z) => (
        <li key={z.zone}>
          <time dateTime={value}>{z.text}</time> <span className="text-base">({z.zone})</span>
        </li>
      ))}
    </ul>
  );
}
