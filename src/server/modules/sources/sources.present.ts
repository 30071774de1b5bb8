import type { ContextPerson, Source } from '../../../core/contract/sources.js';
import type { Actor } from '../access/actor.js';
import { parseJsonArray } from '../groups/groups.repository.js';
import { canDecideContextPerson, canEditSource } from './sources.policy.js';
import { parseStoredExtraction } from './sources.extract.js';
import type { ContextPersonRow, SourceRow } from './sources.repository.js';

function kindOf(kind: string): Source['kind'] {
  return kind === 'statement' || kind === 'transcript' ? kind : 'news';
}

export function presentSource(row: SourceRow, events: string[], actor: Actor | null): Source {
  const extraction = parseStoredExtraction(row.extraction);
  const needsPublicationDate = row.needsPublicationDate === 1;
  return {
    id: row.id,
    groupId: row.groupId,
    kind: kindOf(row.kind),
    outlet: row.outlet,
    title: row.title,
    url: row.url,
    publishedAt: row.publishedAt,
    publishedOn: row.publishedOn,
    needsPublicationDate,
    text: row.text,
    people: extraction.people,
    places: extraction.places,
    dates: extraction.dates,
    events,
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    author: { id: row.authorId, displayName: row.authorName },
    abilities: { setPublishedAt: needsPublicationDate && canEditSource(actor, row) },
  };
}

export function presentContextPerson(row: ContextPersonRow, actor: Actor | null): ContextPerson {
  const mayDecide = canDecideContextPerson(actor, row);
  const status = row.status === 'confirmed' || row.status === 'rejected' ? row.status : 'candidate';
  return {
    id: row.id,
    groupId: row.groupId,
    name: row.name,
    names: parseJsonArray(row.names),
    titles: parseJsonArray(row.titles),
    status,
    visibility: row.visibility === 'party' ? 'party' : 'shared',
    party: row.party,
    classification: row.classification,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    abilities: { confirm: mayDecide && status !== 'confirmed', reject: mayDecide && status !== 'rejected' },
  };
}
