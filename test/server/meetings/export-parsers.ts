import { readPdfText } from '../../support/pdf-text.js';

/** The text runs of a PDF, as a reader shows them. */
export function extractPdfText(pdf: Buffer): Promise<string[]> {
  return readPdfText(pdf);
}

export interface IcsEvent {
  props: Map<string, { params: Record<string, string>; value: string }>;
}

/** A small RFC 5545 reader: unfolds lines, splits properties and parameters, collects VEVENTs. */
export function parseIcs(text: string): { lines: string[]; events: IcsEvent[]; timezones: string[] } {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '');
  const events: IcsEvent[] = [];
  const timezones: string[] = [];
  let current: IcsEvent | null = null;
  let inTimezone = false;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const head = line.slice(0, colon);
    const value = line.slice(colon + 1);
    const [name = '', ...paramParts] = head.split(';');
    const params = Object.fromEntries(paramParts.map((p) => p.split('=') as [string, string]));
    if (name === 'BEGIN' && value === 'VEVENT') current = { props: new Map() };
    else if (name === 'END' && value === 'VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (name === 'BEGIN' && value === 'VTIMEZONE') inTimezone = true;
    else if (name === 'END' && value === 'VTIMEZONE') inTimezone = false;
    else if (inTimezone && name === 'TZID') timezones.push(value);
    else if (current) current.props.set(name, { params, value });
  }
  return { lines, events, timezones };
}
