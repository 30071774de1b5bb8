import fs from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  buildScreeningIndex,
  DEFAULT_THRESHOLD,
  screenName,
  type ScreeningIndex,
} from '../../core/matching/index.js';
import { parseUnList, SanctionsListError } from '../../core/sanctions/parse-un-list.js';
import { AppError } from '../../server/http/errors.js';
import { loadLatestIndex } from '../../server/modules/sanctions/sanctions.index-cache.js';
import { MAX_LIST_BYTES } from '../../server/modules/sanctions/sanctions.list-file.js';
import { importSanctionsList } from '../../server/modules/sanctions/sanctions.service.js';
import { readAll, UsageError, withRuntime, type CliCommand, type CliIo } from '../cli-context.js';

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads a list file, refusing one over the size limit before reading it. */
async function readListFile(file: string): Promise<string> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    throw new UsageError(`Cannot read ${file}`);
  }
  if (size > MAX_LIST_BYTES) {
    throw new AppError(
      'payload_too_large',
      `${file} is larger than ${MAX_LIST_BYTES / 1024 / 1024} MB; refused`,
      {
        status: 413,
      },
    );
  }
  return fs.readFile(file, 'utf8');
}

export const sanctionsImportCommand: CliCommand = {
  name: 'sanctions import',
  usage: 'sanctions import FILE        imports a UN consolidated list XML as a new list version',
  async run(args, io) {
    const { positionals } = parse(args, {});
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('sanctions import needs exactly one FILE');
    const xml = await readListFile(file);
    await withRuntime(async (_runtime, ctx) => {
      const result = await importSanctionsList(ctx, xml);
      const d = result.diffSummary;
      io.stdout(
        result.created
          ? `Imported list version ${result.id} (generated ${result.dateGenerated ?? 'unknown'}, sha256 ${result.sha256}): ` +
              `${result.individualCount} individuals, ${result.entityCount} entities; ` +
              `${d.added} added, ${d.removed} removed, ${d.changed} changed.\n`
          : `Already imported as list version ${result.id} (sha256 ${result.sha256}); nothing changed.\n`,
      );
    });
    return 0;
  },
};

function printMatches(io: CliIo, index: ScreeningIndex, names: string[], threshold: number): void {
  for (const query of names) {
    const matches = screenName(index, query, { threshold }).map((m) => ({
      referenceNumber: m.referenceNumber,
      name: m.name,
      score: m.score,
      explanation: m.explanation,
    }));
    io.stdout(`${JSON.stringify({ query, matches })}\n`);
  }
}

export const screenCommand: CliCommand = {
  name: 'screen',
  usage:
    'screen [--list FILE] [--threshold T]\n                               screens names (one a line on standard input); prints JSON lines',
  async run(args, io) {
    const { values, positionals } = parse(args, { list: { type: 'string' }, threshold: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}`);
    const threshold = values.threshold === undefined ? DEFAULT_THRESHOLD : Number(values.threshold);
    if (!Number.isFinite(threshold) || threshold <= 0 || threshold > 1) {
      throw new UsageError('--threshold must be a number above 0 and at most 1, e.g. 0.85');
    }
    const names = (await readAll(io.stdin))
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    const listFile = values.list as string | undefined;
    if (listFile) {
      let index: ScreeningIndex;
      try {
        const list = parseUnList(await readListFile(listFile));
        index = buildScreeningIndex([...list.individuals, ...list.entities]);
      } catch (error) {
        if (error instanceof SanctionsListError) throw new UsageError(`${listFile}: ${error.message}`);
        throw error;
      }
      printMatches(io, index, names, threshold);
      return 0;
    }
    await withRuntime(async (runtime) => {
      const latest = await loadLatestIndex(runtime.deps.db);
      if (!latest)
        throw new UsageError(
          'No sanctions list imported yet: run `lockstep sanctions import FILE` or pass --list FILE',
        );
      printMatches(io, latest.index, names, threshold);
    });
    return 0;
  },
};
