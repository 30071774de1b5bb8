// Splits a readout (Markdown or plain text) into points: each bullet item is a point; paragraphs are
// split into sentences. Headings, rules and table borders are not points.

const BULLET = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const RULE = /^\s*(?:[-*_]\s*){3,}$/;
const SETEXT_UNDERLINE = /^\s*(?:=+|-+)\s*$/;
const TABLE_BORDER = /^\s*\|?\s*:?-{3,}/;

// Full stops that do not end a sentence. The dot is swapped for a placeholder while splitting.
const ABBREVIATIONS =
  /\b(?:U\.S\.A\.|U\.S\.|U\.N\.|U\.K\.|E\.U\.|D\.C\.|R\.O\.K\.|D\.P\.R\.K\.|e\.g\.|i\.e\.|a\.m\.|p\.m\.|(?:Mr|Mrs|Ms|Dr|Amb|Gen|Sen|Rep|St|Jr|Sr|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|etc|vs|approx)\.|[A-Z]\.(?=\s[A-Z][a-z]))/g;
const PLACEHOLDER = '\u2024';
// …but "the U.S. The next meeting" does end one.
const SENTENCE_START_AFTER_ABBREVIATION =
  /\u2024(\s+)(?=(?:The|They|Both|This|These|We|It|He|She|In|On|A|An)\b)/g;

/** Inline Markdown to plain text: links keep their text, emphasis and code marks go. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/(\*\*|__|~~)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a plain paragraph. */
export function splitSentences(paragraph: string): string[] {
  const protectedText = paragraph
    .replace(ABBREVIATIONS, (match) => match.replace(/\./g, PLACEHOLDER))
    .replace(SENTENCE_START_AFTER_ABBREVIATION, '.$1');
  return protectedText
    .split(/(?<=[.!?…。]["'”’)\]]?)\s+(?=[^\p{Ll}\s])/u)
    .map((sentence) => sentence.replaceAll(PLACEHOLDER, '.').trim())
    .filter((sentence) => sentence.length > 0);
}

/** Points of a readout body, in order, as plain text. */
export function splitIntoPoints(body: string): string[] {
  const blocks: { kind: 'bullet' | 'paragraph'; lines: string[] }[] = [];
  let current: { kind: 'bullet' | 'paragraph'; lines: string[] } | null = null;

  for (const rawLine of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/^\s*(?:>\s?)+/, '');
    if (line.trim() === '') {
      current = null;
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && current?.kind === 'paragraph' && current.lines.length === 1) {
      blocks.pop(); // the line above was a heading
      current = null;
      continue;
    }
    if (HEADING.test(line) || RULE.test(line) || TABLE_BORDER.test(line)) {
      current = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      current = { kind: 'bullet', lines: [bullet[1] ?? ''] };
      blocks.push(current);
      continue;
    }
    if (!current) {
      current = { kind: 'paragraph', lines: [] };
      blocks.push(current);
    }
    current.lines.push(
      line
        .replace(/^\s*\|/, '')
        .replace(/\|\s*$/, '')
        .replace(/\s*\|\s*/g, '; '),
    );
  }

  return blocks.flatMap((block) => {
    const text = stripInlineMarkdown(block.lines.join(' '));
    if (text === '') return [];
    return block.kind === 'bullet' ? [text] : splitSentences(text);
  });
}
