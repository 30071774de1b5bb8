export { compareReadouts } from './compare-readouts.js';
export type { CompareOptions, MatchedPoints, Readout, ReadoutComparison } from './compare-readouts.js';
export { splitIntoPoints, splitSentences, stripInlineMarkdown } from './split-points.js';
export { analysePoint, listWords, stemWord } from './normalise.js';
export type { AnalysedPoint } from './normalise.js';
export type { DateMention, NumberMention } from './mentions.js';
