export { addDays, listDays, MAX_WINDOW_DAYS } from './dates.js';
export { computeTrackIndex, sumWeight } from './track-index.js';
export { computeGap, diffBreachState, findBreaches } from './breaches.js';
export { computeTempo, listOpenBreaches } from './tempo.js';
export type { TempoInput, TempoResult } from './tempo.js';
export { DEMO_2018_MILESTONES, DEMO_2018_PAIR, DEMO_2018_TRACKS } from './demo-2018.js';
export type { DemoMilestone } from './demo-2018.js';
export type * from './types.js';
