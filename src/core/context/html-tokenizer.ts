import { RAW_TEXT } from './html-elements.js';

/**
 * A small forward-only HTML tokenizer. It never backtracks: each character is looked at a bounded number
 * of times, so hostile input (unclosed tags, quotes or comments, deep nesting) stays linear.
 */
export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { type: 'close'; name: string };

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function readName(html: string, from: number): number {
  let end = from;
  while (end < html.length && /[A-Za-z0-9:_-]/.test(html.charAt(end))) end += 1;
  return end;
}

/** Index of the '>' ending a start tag, skipping quoted attribute values; -1 when the tag never ends. */
function findTagEnd(html: string, from: number): number {
  let lastNonSpace = '';
  for (let j = from; j < html.length; j += 1) {
    const c = html.charAt(j);
    if (c === '>') return j;
    if ((c === '"' || c === "'") && lastNonSpace === '=') {
      const close = html.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close;
      lastNonSpace = c;
      continue;
    }
    if (c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r') lastNonSpace = c;
  }
  return -1;
}

function findRawTextEnd(html: string, name: string, from: number): { contentEnd: number; next: number } {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
  pattern.lastIndex = from;
  const found = pattern.exec(html);
  if (!found) return { contentEnd: html.length, next: html.length };
  const close = html.indexOf('>', found.index);
  return { contentEnd: found.index, next: close < 0 ? html.length : close + 1 };
}

/** Calls `emit` for each token in document order; comments, doctypes and raw-text bodies are skipped. */
export function tokenizeHtml(html: string, emit: (token: HtmlToken) => void): void {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emit({ type: 'text', text: html.slice(i) });
      return;
    }
    if (lt > i) emit({ type: 'text', text: html.slice(i, lt) });
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? html.length : end + 1;
    } else if (next === 47 /* / */) {
      const nameEnd = readName(html, lt + 2);
      const end = html.indexOf('>', lt + 2);
      if (nameEnd > lt + 2) emit({ type: 'close', name: html.slice(lt + 2, nameEnd).toLowerCase() });
      i = end < 0 ? html.length : end + 1;
    } else if (isLetter(next)) {
      const nameEnd = readName(html, lt + 1);
      const name = html.slice(lt + 1, nameEnd).toLowerCase();
      const end = findTagEnd(html, nameEnd);
      // A start tag cut off by the end of input is dropped, as browsers do.
      if (end < 0) return;
      const attrs = html.slice(nameEnd, end);
      const selfClosing = attrs.endsWith('/');
      emit({ type: 'open', name, attrs, selfClosing });
      i = end + 1;
      if (RAW_TEXT.has(name) && !selfClosing) {
        const raw = findRawTextEnd(html, name, i);
        i = raw.next;
        emit({ type: 'close', name });
      }
    } else {
      emit({ type: 'text', text: '<' });
      i = lt + 1;
    }
  }
}

/** Value of one attribute in a start tag's attribute text, or null. */
export function readAttribute(attrs: string, name: string): string | null {
  const pattern = new RegExp(`(?:^|[\\s/])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`, 'i');
  const found = pattern.exec(attrs);
  if (!found) return null;
  return found[1] ?? found[2] ?? found[3] ?? '';
}
