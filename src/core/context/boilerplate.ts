// Lines that wire-service and newspaper pages repeat around every article.
const EXACT_LINES = new Set([
  'go to contents',
  'go to main content',
  'skip to main content',
  'skip to content',
  'send feedback',
  'share',
  'share this',
  'share this article',
  'print',
  'print this article',
  'email',
  'e-mail',
  'facebook',
  'twitter',
  'kakaotalk',
  'tweet',
  'subscribe',
  'related articles',
  'related news',
  'related stories',
  'most viewed',
  'most read',
  'latest news',
  'advertisement',
  'font size',
  'text size',
  'top',
  'list',
  'close',
  'menu',
  'search',
  'more',
  'read more',
  'scrap',
  'comments',
]);

const LINE_PATTERNS: readonly RegExp[] = [
  /^(?:copyright|©|\(c\))/i,
  /all rights reserved/i,
  /^subscribe\b/i,
  /^(?:share|send|post)(?: (?:on|via|to))? (?:facebook|twitter|x|kakaotalk|e-?mail|line|linkedin)$/i,
  /unauthorized reproduction/i,
  /^(?:click|tap) here\b/i,
];

/** Marks the end of a Yonhap story: everything after it is navigation. */
const END_MARK = /\(END\)\s*$/;

export function isBoilerplateLine(line: string): boolean {
  const normal = line.trim().replace(/\s+/g, ' ');
  if (normal === '') return true;
  if (EXACT_LINES.has(normal.toLowerCase().replace(/[.:|>»]+$/, ''))) return true;
  // Long lines are article text even when they mention copyright.
  return normal.length <= 200 && LINE_PATTERNS.some((pattern) => pattern.test(normal));
}

/** Drops boilerplate paragraphs and cuts the story at Yonhap's "(END)". */
export function removeBoilerplate(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (END_MARK.test(paragraph)) {
      const body = paragraph.replace(END_MARK, '').trim();
      if (body !== '' && !isBoilerplateLine(body)) kept.push(body);
      break;
    }
    if (!isBoilerplateLine(paragraph)) kept.push(paragraph);
  }
  return kept;
}
