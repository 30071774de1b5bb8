import {
  SKIPPED_ELEMENTS,
  RAW_TEXT,
  VOID_ELEMENTS,
  BREAKS,
  BLOCK_ELEMENTS,
  CLOSES_P,
  PROTECTED,
  BOILERPLATE_CLASS_TOKENS,
  PUBLISHED_META,
} from './html-elements.js';
import { removeBoilerplate } from './boilerplate.js';
import { decodeEntities } from './html-entities.js';
import { readAttribute, tokenizeHtml, type HtmlToken } from './html-tokenizer.js';
import { MAX_HTML_CHARS, MAX_SOURCE_CHARS, capText } from './limits.js';

const MIN_BLOCK_CHARS = 140;
const DATE_LINE =
  /\b(?:posted|published|updated|date|입력)\b|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}/i;

interface ElementRecord {
  name: string;
  parent: number;
  paraStart: number;
  paraEnd: number;
  pScore: number;
  skip: boolean;
}

interface Paragraph {
  text: string;
  isHeadline: boolean;
}

function isBoilerplateContainer(attrs: string): boolean {
  if (/aria-hidden\s*=\s*["']?true|display\s*:\s*none/i.test(attrs)) return true;
  const names = `${readAttribute(attrs, 'class') ?? ''} ${readAttribute(attrs, 'id') ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).some((token) => BOILERPLATE_CLASS_TOKENS.has(token));
}

class PageReader {
  readonly elements: ElementRecord[] = [];
  readonly paragraphs: Paragraph[] = [];
  publishedMeta: string | null = null;
  timeDatetime: string | null = null;
  private readonly stack: number[] = [];
  private readonly openCount = new Map<string, number>();
  private skipDepth = 0;
  private buffer: string[] = [];

  read(token: HtmlToken): void {
    if (token.type === 'text') {
      if (this.skipDepth === 0) this.buffer.push(token.text);
    } else if (token.type === 'open') {
      this.open(token.name, token.attrs, token.selfClosing);
    } else {
      this.close(token.name);
    }
  }

  finish(): void {
    this.flush();
    while (this.stack.length > 0) this.popOne();
  }

  private open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'meta') this.readMeta(attrs);
    if (name === 'time' && this.timeDatetime === null)
      this.timeDatetime = readAttribute(attrs, 'datetime')?.slice(0, 64) ?? null;
    if (BREAKS.has(name)) return this.flush();
    if (VOID_ELEMENTS.has(name) || RAW_TEXT.has(name)) return;
    if (BLOCK_ELEMENTS.has(name) || SKIPPED_ELEMENTS.has(name)) this.flush();
    if (CLOSES_P.has(name) && this.topName() === 'p') this.popOne();
    if (selfClosing) return;
    const skip = SKIPPED_ELEMENTS.has(name) || (!PROTECTED.has(name) && isBoilerplateContainer(attrs));
    const parent = this.stack.at(-1) ?? -1;
    this.elements.push({ name, parent, paraStart: this.paragraphs.length, paraEnd: -1, pScore: 0, skip });
    this.stack.push(this.elements.length - 1);
    this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
    if (skip) this.skipDepth += 1;
  }

  private close(name: string): void {
    if (BREAKS.has(name)) return this.flush();
    // An end tag with no open element of its name is ignored in O(1), so "</div>" × 10⁶ stays cheap.
    if ((this.openCount.get(name) ?? 0) === 0) return;
    while (this.stack.length > 0) {
      if (this.popOne() === name) return;
    }
  }

  private topName(): string | undefined {
    const top = this.stack.at(-1);
    return top === undefined ? undefined : this.elements[top]?.name;
  }

  private popOne(): string | undefined {
    const id = this.stack.pop();
    const element = id === undefined ? undefined : this.elements[id];
    if (!element) return undefined;
    if (BLOCK_ELEMENTS.has(element.name) || element.skip) this.flush();
    element.paraEnd = this.paragraphs.length;
    this.openCount.set(element.name, (this.openCount.get(element.name) ?? 1) - 1);
    if (element.skip) this.skipDepth -= 1;
    if (element.name === 'p') this.scoreParagraph(element);
    if (element.name === 'h1') {
      for (let k = element.paraStart; k < element.paraEnd; k += 1) {
        const paragraph = this.paragraphs[k];
        if (paragraph) paragraph.isHeadline = true;
      }
    }
    return element.name;
  }

  // Readability's idea: a <p> scores for its parent, half for its grandparent; the best scorer is the story.
  private scoreParagraph(element: ElementRecord): void {
    let length = 0;
    for (let k = element.paraStart; k < element.paraEnd; k += 1)
      length += this.paragraphs[k]?.text.length ?? 0;
    const parent = this.elements[element.parent];
    if (!parent) return;
    parent.pScore += length;
    const grandparent = this.elements[parent.parent];
    if (grandparent) grandparent.pScore += length / 2;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = decodeEntities(this.buffer.join('')).replace(/\s+/g, ' ').trim();
    this.buffer = [];
    if (text !== '') this.paragraphs.push({ text, isHeadline: false });
  }

  private readMeta(attrs: string): void {
    if (this.publishedMeta !== null) return;
    const key = (
      readAttribute(attrs, 'property') ??
      readAttribute(attrs, 'name') ??
      readAttribute(attrs, 'itemprop') ??
      ''
    ).toLowerCase();
    const content = readAttribute(attrs, 'content');
    if (PUBLISHED_META.has(key) && content) this.publishedMeta = decodeEntities(content).trim().slice(0, 64);
  }
}

function chooseRange(reader: PageReader): { start: number; end: number } | null {
  const lengths = [0];
  for (const paragraph of reader.paragraphs) lengths.push((lengths.at(-1) ?? 0) + paragraph.text.length);
  const textIn = (element: ElementRecord): number =>
    (lengths[element.paraEnd] ?? 0) - (lengths[element.paraStart] ?? 0);
  let bestArticle: ElementRecord | null = null;
  let bestBlock: ElementRecord | null = null;
  for (const element of reader.elements) {
    if (element.name === 'article' && (!bestArticle || textIn(element) > textIn(bestArticle)))
      bestArticle = element;
    if (!bestBlock || element.pScore > bestBlock.pScore) bestBlock = element;
  }
  if (bestArticle && textIn(bestArticle) >= MIN_BLOCK_CHARS)
    return { start: bestArticle.paraStart, end: bestArticle.paraEnd };
  if (bestBlock && bestBlock.pScore >= MIN_BLOCK_CHARS)
    return { start: bestBlock.paraStart, end: bestBlock.paraEnd };
  return null;
}

function isPlainText(input: string): boolean {
  return !/<[A-Za-z!/]/.test(input.slice(0, 20_000));
}

/** Reduces an HTML page to its article text, paragraphs separated by blank lines. Never fetches anything. */
export function htmlToArticleText(html: string): string {
  const input = capText(html, MAX_HTML_CHARS);
  if (isPlainText(input)) {
    const paragraphs = decodeEntities(input)
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/[ \t\r\n]+/g, ' ').trim());
    return capText(removeBoilerplate(paragraphs).join('\n\n'), MAX_SOURCE_CHARS);
  }
  const reader = new PageReader();
  tokenizeHtml(input, (token) => reader.read(token));
  reader.finish();
  const range = chooseRange(reader);
  const all = reader.paragraphs;
  const body = range ? all.slice(range.start, range.end) : all;
  const head: string[] = [];
  const published = reader.publishedMeta ?? reader.timeDatetime;
  if (published) head.push(`Published: ${decodeEntities(published).trim()}`);
  if (range) {
    // The headline and the dateline often sit outside the story's block; keep them.
    const headline = all.find((paragraph, k) => paragraph.isHeadline && (k < range.start || k >= range.end));
    if (headline) head.push(headline.text);
    const before = all.slice(Math.max(0, range.start - 12), range.start);
    for (const paragraph of before) {
      if (paragraph.text.length <= 100 && DATE_LINE.test(paragraph.text) && !head.includes(paragraph.text))
        head.push(paragraph.text);
    }
  }
  const lines = removeBoilerplate([...head, ...body.map((paragraph) => paragraph.text)]);
  return capText(lines.join('\n\n'), MAX_SOURCE_CHARS);
}
