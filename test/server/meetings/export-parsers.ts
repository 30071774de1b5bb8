import { inflateSync } from 'node:zlib';

/** The text that pdfkit draws, from every content stream (inflated when compressed), one string a TJ/Tj. */
export function extractPdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(match[1] ?? '')) {
      try {
        streams.push(inflateSync(bytes).toString('latin1'));
      } catch {
        // A font or image stream that is not text.
      }
    } else streams.push(bytes.toString('latin1'));
  }
  const texts: string[] = [];
  for (const stream of streams) {
    for (const op of stream.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes =
        op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? '') : [op[2] ?? ''];
      texts.push(hexes.map((h) => Buffer.from(h, 'hex').toString('latin1')).join(''));
    }
  }
  return texts;
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
