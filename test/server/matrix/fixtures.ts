import { randomBytes } from 'node:crypto';
import type { TestApp, TestClient } from '../../support/test-app.js';

/** A record made for the matrix, with a marker in its text so that any response carrying it can be caught. */
export interface Fixture {
  kind: string;
  id: string;
  marker: string;
  visibility: 'shared' | 'party';
  party: string;
  /** 0 UNCLASSIFIED … 2 CONFIDENTIAL */
  rank: number;
  /** Visible to the writing party only, whatever its visibility says (a proposal draft, an unshared readout). */
  writerOnly: boolean;
  /** Where to read it back as its writer, to check that nothing changed it. */
  readPath: string;
}

const LEVELS = ['UNCLASSIFIED', 'CONFIDENTIAL'] as const;
const RANK: Record<string, number> = { UNCLASSIFIED: 0, SBU: 1, CONFIDENTIAL: 2 };

function marker(kind: string, visibility: string, level: string): string {
  return `MX${kind.replace(/[^a-z]/g, '')}${visibility}${level.slice(0, 4)}${randomBytes(4).toString('hex')}`;
}

async function created(
  res: Promise<{ statusCode: number; body: string; json<T>(): T }>,
  what: string,
): Promise<{ id: string }> {
  const r = await res;
  if (r.statusCode !== 201 && r.statusCode !== 200)
    throw new Error(`matrix fixture ${what}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  return r.json<{ id: string }>();
}

export type FixtureBuilder = (t: TestApp, kr: TestClient) => Promise<Fixture[]>;

/** One builder a kind of record; each makes the record at every visibility × classification, as the KR side. */
export const fixtureBuilders: Record<string, FixtureBuilder> = {
  async document(t, kr) {
    const out: Fixture[] = [];
    for (const visibility of ['shared', 'party'] as const) {
      for (const level of LEVELS) {
        const m = marker('document', visibility, level);
        const doc = await created(
          kr.post(`/groups/${t.groupId}/documents`, {
            title: m,
            body: `${m} body`,
            kind: 'other',
            visibility,
            classification: level,
          }),
          'document',
        );
        out.push({
          kind: 'document',
          id: doc.id,
          marker: m,
          visibility,
          party: 'KR',
          rank: RANK[level]!,
          writerOnly: false,
          readPath: `/documents/${doc.id}`,
        });
      }
    }
    return out;
  },

  async proposal(t, kr) {
    const out: Fixture[] = [];
    for (const visibility of ['shared', 'party'] as const) {
      for (const level of LEVELS) {
        for (const notified of [true, false]) {
          const m = marker('proposal', visibility, level);
          const p = await created(
            kr.post(`/groups/${t.groupId}/proposals`, {
              title: m,
              summary: `${m} summary`,
              plannedFor: '2019-03-01',
              visibility,
              classification: level,
              trackId: t.world.tracks.get('inter_korean'),
            }),
            'proposal',
          );
          if (notified)
            await created(kr.post(`/proposals/${p.id}/transitions`, { action: 'notify' }), 'notify');
          out.push({
            kind: 'proposal',
            id: p.id,
            marker: m,
            visibility,
            party: 'KR',
            rank: RANK[level]!,
            writerOnly: !notified,
            readPath: `/proposals/${p.id}`,
          });
        }
      }
    }
    return out;
  },

  async meeting(t, kr) {
    const out: Fixture[] = [];
    let round = 50;
    for (const visibility of ['shared', 'party'] as const) {
      for (const level of LEVELS) {
        const m = marker('meeting', visibility, level);
        round += 1;
        const meeting = await created(
          kr.post(`/groups/${t.groupId}/meetings`, {
            round,
            title: m,
            startsAt: '2019-02-01T01:00:00.000Z',
            endsAt: '2019-02-01T03:00:00.000Z',
            timeZone: 'Asia/Seoul',
            venue: { city: 'Seoul', place: m },
            format: 'in_person',
            hostParty: 'KR',
            visibility,
            classification: level,
          }),
          'meeting',
        );
        out.push({
          kind: 'meeting',
          id: meeting.id,
          marker: m,
          visibility,
          party: 'KR',
          rank: RANK[level]!,
          writerOnly: false,
          readPath: `/meetings/${meeting.id}`,
        });
      }
    }
    return out;
  },

  async statement(t, kr) {
    const out: Fixture[] = [];
    for (const level of LEVELS) {
      for (const shared of [true, false]) {
        const m = marker('statement', shared ? 'shared' : 'party', level);
        const s = await created(
          kr.post(`/groups/${t.groupId}/statements`, {
            kind: 'announcement',
            title: m,
            body: `${m} line`,
            releaseAt: '2019-05-01T00:00:00.000Z',
            classification: level,
          }),
          'statement',
        );
        if (shared)
          await created(kr.post(`/statements/${s.id}/transitions`, { action: 'share_for_comment' }), 'share');
        out.push({
          kind: 'statement',
          id: s.id,
          marker: m,
          visibility: shared ? 'shared' : 'party',
          party: 'KR',
          rank: RANK[level]!,
          writerOnly: false,
          readPath: `/statements/${s.id}`,
        });
      }
    }
    return out;
  },

  async milestone(t, kr) {
    const out: Fixture[] = [];
    const trackId = t.world.tracks.get('peace_regime')!;
    for (const visibility of ['shared', 'party'] as const) {
      for (const level of LEVELS) {
        const m = marker('milestone', visibility, level);
        const ms = await created(
          kr.post(`/tracks/${trackId}/milestones`, {
            title: m,
            weight: 2,
            status: 'planned',
            visibility,
            classification: level,
          }),
          'milestone',
        );
        out.push({
          kind: 'milestone',
          id: ms.id,
          marker: m,
          visibility,
          party: 'KR',
          rank: RANK[level]!,
          writerOnly: false,
          readPath: `/milestones/${ms.id}`,
        });
      }
    }
    return out;
  },

  async source(t, kr) {
    const out: Fixture[] = [];
    for (const visibility of ['shared', 'party'] as const) {
      for (const level of LEVELS) {
        const m = marker('source', visibility, level);
        const src = await created(
          kr.post(`/groups/${t.groupId}/sources`, {
            kind: 'news',
            outlet: 'Matrix Wire',
            title: m,
            publishedAt: '2018-11-21T00:00:00.000Z',
            text: `SEOUL, Nov. 21 (Matrix Wire) -- ${m}: the two sides met in Seoul on Wednesday, officials said.`,
            visibility,
            classification: level,
          }),
          'source',
        );
        out.push({
          kind: 'source',
          id: src.id,
          marker: m,
          visibility,
          party: 'KR',
          rank: RANK[level]!,
          writerOnly: false,
          readPath: `/sources/${src.id}`,
        });
      }
    }
    return out;
  },
};
