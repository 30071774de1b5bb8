export interface Sentence {
  text: string;
  /** offset of the first character in the source text */
  start: number;
  end: number;
}

// Words after which a full stop does not end a sentence in wire copy.
const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mr mrs ms dr st gen lt col sgt maj adm capt rep sen gov amb prof jr sr no nos vs etc inc corp co ltd dept est approx fig'
  ).split(' '),
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[A-Za-z.]/.test(text.charAt(start - 1))) start -= 1;
  const word = text.slice(start, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "U.S.", "U.N.", "p.m.", "J. Smith".
  return /^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word);
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s += 1;
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

/** Splits text into sentences with their offsets; paragraph breaks always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // One pass over candidate boundaries; the pattern has no nested quantifiers.
  // Korean sentences end in "다." before the next Hangul word.
  const boundary =
    /([.!?])["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9\uAC00-\uD7A3])|\n[ \t]*\n|\n(?=[ \t]*["“(]?[A-Z0-9\uAC00-\uD7A3])/g;
  for (let found = boundary.exec(text); found !== null; found = boundary.exec(text)) {
    if (found[1] === '.' && endsWithAbbreviation(text, found.index)) continue;
    const end = found.index + found[0].length;
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

/** The sentence holding an offset (binary search over sorted sentences). */
export function findSentenceAt(sentences: readonly Sentence[], index: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (!sentence) return undefined;
    if (index < sentence.start) high = middle - 1;
    else if (index >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}
