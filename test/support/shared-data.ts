import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A file of the shared data set (../shared/data beside the checkout, as CI lays it out), or LOCKSTEP_SHARED_DATA;
 * the UN list also ships, unchanged, in resources/.
 */
export function sharedDataPath(name: string): string {
  const candidates = [
    ...(process.env.LOCKSTEP_SHARED_DATA ? [path.join(process.env.LOCKSTEP_SHARED_DATA, name)] : []),
    path.resolve(repoRoot, '../shared/data', name),
    path.resolve(repoRoot, 'resources', name),
  ];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`Shared data file ${name} not found in ${candidates.join(', ')}`);
  return found;
}

export const UN_LIST_FILE = 'un-consolidated-list-2026-05-08.xml';
export const SCREENING_DEV_FILE = 'screening-dev.tsv';
