export { romanizeHangul } from './hangul.js';
export { createNameMatcher } from './name-matcher.js';
export type { NameMatch, NameMatcher } from './name-matcher.js';
export { DEFAULT_LIMIT, DEFAULT_THRESHOLD, buildScreeningIndex, screenName } from './screen.js';
export type { ScreeningIndex, ScreeningMatch, ScreeningOptions } from './screen.js';
export type { MatchEvidence } from './types.js';
