export * from './common.js';
export * from './auth.js';
export * from './groups.js';
export * from './documents.js';
