import type { SourceExtraction } from '../../../core/context/index.js';
import type { SourcePerson } from '../../../core/contract/sources.js';
import type { AppDeps } from '../../context.js';
import type { Tx } from '../../db/unit-of-work.js';
import { newId } from '../../ids.js';
import type { RecordAccess } from '../access/actor.js';
import { buildNameResolver, type SourceNameResolver } from './name-resolver.js';

export interface StoredExtraction {
  people: SourcePerson[];
  places: SourceExtraction['places'];
  dates: Array<Omit<SourceExtraction['dates'][number], 'index'>>;
}

export interface SourceReading {
  extraction: SourceExtraction;
  resolver: SourceNameResolver;
}

/**
 * Characters of a source the extraction reads. A wire report is a few thousand characters, a briefing
 * transcript some tens of thousands; the whole text is kept and searchable, but reading a 1 MB paste would hold
 * the event loop for about 20 s (100 000 characters take about 2 s).
 */
export const MAX_EXTRACTED_CHARS = 100_000;

/** Runs the extraction outside any transaction: it is the slow part (natural-language parsing). */
export async function readSourceText(
  deps: AppDeps,
  access: RecordAccess,
  text: string,
  publishedAt: string | null,
): Promise<SourceReading> {
  const resolver = await buildNameResolver(deps, access);
  // Loaded on first use: its language libraries take most of a second to load, which a start need not pay.
  const { extractSource } = await import('../../../core/context/index.js');
  const extraction = extractSource({
    text: text.slice(0, MAX_EXTRACTED_CHARS),
    publishedAt,
    resolver: resolver.resolve,
  });
  return { extraction, resolver };
}

/**
 * The people of a source as stored: members by user id, everyone else by a person record of the group (new
 * names become candidates to confirm), and each non-member screened against the UN list.
 */
export async function recordSourcePeople(
  tx: Tx,
  source: { id: string; access: RecordAccess; classification: string },
  reading: SourceReading,
): Promise<SourcePerson[]> {
  const people: SourcePerson[] = [];
  for (const p of reading.extraction.people) {
    const r = p.resolution;
    const resolution: SourcePerson['resolution'] = {
      kind: r.kind,
      ...(r.id !== undefined ? { id: r.id } : {}),
      ...(r.score !== undefined ? { score: r.score } : {}),
      ...(r.matchedName !== undefined ? { matchedName: r.matchedName } : {}),
      ...(r.explanation !== undefined ? { explanation: r.explanation } : {}),
    };
    const person: SourcePerson = { name: p.name, mentions: p.mentions, titles: p.titles, resolution };
    if (r.kind === 'member') person.userId = r.id;
    else {
      if (r.kind === 'known') person.personId = r.id;
      else person.personId = await addCandidatePerson(tx, source, p.name, p.mentions, p.titles);
      const screening = reading.resolver.screen(p.name);
      if (screening) person.screening = screening;
    }
    people.push(person);
  }
  return people;
}

async function addCandidatePerson(
  tx: Tx,
  source: { id: string; access: RecordAccess; classification: string },
  name: string,
  mentions: string[],
  titles: string[],
): Promise<string> {
  const id = newId();
  const names = [...new Set(mentions.filter((m) => m !== name && /\s/.test(m)))];
  await tx.trx
    .insertInto('contextPeople')
    .values({
      id,
      ...source.access,
      classification: source.classification,
      createdAt: tx.nowIso,
      updatedAt: tx.nowIso,
      name,
      names: JSON.stringify(names),
      titles: JSON.stringify(titles),
      status: 'candidate',
      firstSourceId: source.id,
      decidedBy: null,
      decidedAt: null,
    })
    .execute();
  return id;
}

export function storedExtraction(extraction: SourceExtraction, people: SourcePerson[]): StoredExtraction {
  return {
    people,
    places: extraction.places,
    dates: extraction.dates.map(({ index: _index, ...date }) => date),
  };
}

export function parseStoredExtraction(json: string): StoredExtraction {
  try {
    const value = JSON.parse(json) as Partial<StoredExtraction>;
    return { people: value.people ?? [], places: value.places ?? [], dates: value.dates ?? [] };
  } catch {
    return { people: [], places: [], dates: [] };
  }
}
