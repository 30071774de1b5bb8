// RFC 5545 content lines: text escaping, UTF-8 aware folding, date-time forms.

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and newlines; drops other control characters. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // RFC 5545 allows no control characters in TEXT except HTAB.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

function countUtf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into pieces of at most 75 octets, joined by CRLF + space; never splits a
 * character (Korean syllables take 3 octets each). The leading space counts towards the 75.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = countUtf8Octets(char.codePointAt(0) ?? 0);
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join(`${CRLF} `);
}

export type ContentParams = Readonly<Record<string, string>>;

/** One folded content line, NAME;PARAM=VALUE:value. Values must already be escaped where they are TEXT. */
export function formatContentLine(name: string, value: string, params: ContentParams = {}): string {
  const paramText = Object.entries(params)
    .map(([key, paramValue]) => `;${key}=${/[:;,]/.test(paramValue) ? `"${paramValue}"` : paramValue}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}

/** Joins content lines with CRLF, ending with one too, as RFC 5545 wants. */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}${CRLF}`).join('');
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Wall-clock YYYYMMDDTHHMMSS of an epoch millisecond value read as UTC fields. */
export function formatFloating(ms: number): string {
  const date = new Date(ms);
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

export function formatUtc(ms: number): string {
  return `${formatFloating(ms)}Z`;
}

/** UTC offset in minutes as ±HHMM (±HHMMSS when seconds are involved). */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const hours = Math.floor(totalSeconds / 3600);
  const mins = Math.floor((totalSeconds % 3600) / 60);
  const secs = totalSeconds % 60;
  return `${sign}${pad(hours)}${pad(mins)}${secs ? pad(secs) : ''}`;
}
