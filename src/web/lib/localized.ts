import type { LocalizedText } from '../../core/contract/common.js';

/** The text in the chosen language, falling back to English. */
export function pickLocalized(text: LocalizedText | null | undefined, language: string): string {
  if (!text) return '';
  if (language.startsWith('ko') && text.ko) return text.ko;
  return text.en;
}
