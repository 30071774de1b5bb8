/**
 * The language of a report's text, for its `lang` attribute (WCAG 3.1.2, and the Korean font stack): Korean when
 * Hangul makes up a good part of its letters, else English — whatever the language of the interface.
 */
export function textLanguage(text: string): 'ko' | 'en' {
  const hangul = text.match(/[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  // A Hangul syllable carries two or three letters' worth of a Latin word.
  return hangul * 2.5 >= latin && hangul > 0 ? 'ko' : 'en';
}
