/** Most characters of text the pipeline reads; the rest of a pasted source is ignored. */
export const MAX_SOURCE_CHARS = 1_000_000;

/** Most characters of HTML read before reducing it to text (markup outweighs text several times). */
export const MAX_HTML_CHARS = 4 * MAX_SOURCE_CHARS;

/** compromise is the slowest step (about 5 ms a kilobyte), so it sees only the head of a huge source. */
export const MAX_NLP_CHARS = 200_000;

export function capText(text: string, max: number = MAX_SOURCE_CHARS): string {
  return text.length > max ? text.slice(0, max) : text;
}
