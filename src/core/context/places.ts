import nlp from 'compromise';
import { GAZETTEER_PATTERN, entryForSpelling, lookUpGazetteer } from './gazetteer.js';
import { MAX_NLP_CHARS, capText } from './limits.js';
import type { ExtractedPlace } from './types.js';

// compromise's guesses that are never places or organizations in this material.
const NOT_PLACES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|korea|korean|peninsula)$/i;

// Last words that make a longer guess a title or a policy, not a place: "Korean Peninsula Peace (and Security
// Affairs)".
const TITLE_WORDS =
  /\b(?:Peace|Security|Affairs|Policy|Issues|Relations|Cooperation|Denuclearization|Press|Briefing)$/;

/**
 * compromise runs neighbouring capitalised words together: a dateline ("SEOUL, South Korea"), an alliance
 * ("U.S.-ROK"), a possessive ("North's Committee") or a known place with a title word after it.
 */
function isNotAPlace(guess: string): boolean {
  if (guess.includes(',') && guess.split(',').every((part) => lookUpGazetteer(part.trim()) !== undefined))
    return true;
  if (/^[A-Z.]+-[A-Z.]+$/.test(guess)) return true;
  if (/['’]s\s/.test(guess)) return true;
  return TITLE_WORDS.test(guess) && /^[A-Z][\w.-]*\s+[A-Z]/.test(guess);
}

function cleanGuess(text: string): string {
  return text
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(/[\s.,;:!?"'“”‘’()]+$/, '')
    .replace(/^[\s"'“‘(]+/, '')
    .trim();
}

class PlaceCollector {
  private readonly byName = new Map<string, ExtractedPlace>();

  add(name: string, kind: ExtractedPlace['kind'], mention: string): void {
    const existing = this.byName.get(name);
    if (existing) existing.mentions.push(mention);
    else this.byName.set(name, { name, kind, mentions: [mention] });
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  list(): ExtractedPlace[] {
    return [...this.byName.values()];
  }
}

interface CompromiseTerm {
  text: string;
}

/**
 * Places and organizations: the domain gazetteer first (with its normalised names, "Blue House" =
 * "Cheong Wa Dae"), then compromise's guesses for the rest. `excludeNames` keeps people's names out.
 */
export function extractPlaces(text: string, excludeNames: readonly string[] = []): ExtractedPlace[] {
  const collector = new PlaceCollector();
  for (const match of text.matchAll(GAZETTEER_PATTERN)) {
    const entry = entryForSpelling(match[0]);
    if (!entry) continue;
    collector.add(entry.name, entry.kind, match[0]);
  }
  const excluded = new Set(excludeNames.map((name) => name.toLowerCase()));
  const doc = nlp(capText(text, MAX_NLP_CHARS));
  const guesses: Array<{ kind: ExtractedPlace['kind']; terms: CompromiseTerm[] }> = [
    { kind: 'place', terms: doc.places().json() as CompromiseTerm[] },
    { kind: 'organization', terms: doc.organizations().json() as CompromiseTerm[] },
  ];
  for (const { kind, terms } of guesses) {
    for (const term of terms) {
      const mention = cleanGuess(term.text);
      if (
        mention.length < 3 ||
        mention.length > 60 ||
        NOT_PLACES.test(mention) ||
        excluded.has(mention.toLowerCase())
      )
        continue;
      const known = lookUpGazetteer(mention) ?? lookUpGazetteer(`${mention}.`);
      // Gazetteer spellings were counted above, mention by mention.
      if (known) continue;
      if (isNotAPlace(mention)) continue;
      if ([...excluded].some((name) => name.includes(mention.toLowerCase()))) continue;
      if (!/^[A-Z0-9]/.test(mention)) continue;
      collector.add(mention, kind, mention);
    }
  }
  return collector.list();
}
