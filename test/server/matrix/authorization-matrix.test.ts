import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../src/server/modules/users/users.service.js';
import { systemContext } from '../../../src/server/runtime.js';
import {
  ADMIN,
  AUDITOR,
  createTestApp,
  DEMO_PASSWORD,
  KR_CHAIR,
  KR_DELEGATE,
  KR_MOU,
  KR_STAFF,
  US_CHAIR,
  US_DELEGATE,
  US_LAMBERT,
  type TestApp,
  type TestClient,
} from '../../support/test-app.js';
import { fixtureBuilders, type Fixture } from './fixtures.js';
import { rules, type Rule } from './rules.js';

interface MatrixActor {
  name: string;
  client: TestClient;
  member: boolean;
  party: string | null;
  rank: number;
  isAdmin: boolean;
  isAuditor: boolean;
}

const UNKNOWN_ID = 'zzzzzzzzzzzzzzzz';
let t: TestApp;
let actors: MatrixActor[] = [];
let fixtures: Fixture[] = [];
const streamed = new Map<string, string>();

function canSee(actor: MatrixActor, fx: Fixture): boolean {
  if (!actor.member || actor.party === null) return false;
  if ((fx.visibility === 'party' || fx.writerOnly) && actor.party !== fx.party) return false;
  return actor.rank >= fx.rank;
}

/** Opens the event stream as a user and keeps everything it receives until the end of the matrix. */
function listen(baseUrl: string, name: string, cookie: string): http.ClientRequest {
  streamed.set(name, '');
  const req = http.get(`${baseUrl}/api/v1/events`, { headers: { cookie } }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => streamed.set(name, streamed.get(name)! + chunk));
  });
  req.on('error', () => undefined);
  return req;
}

let streams: http.ClientRequest[] = [];
let baseUrl = '';

beforeAll(async () => {
  t = await createTestApp();
  const ctx = systemContext(t.runtime.deps);
  // A KR official cleared to CONFIDENTIAL who is no member, and one who is only an observer.
  await createUser(ctx, {
    email: 'outsider@mofa.kr.example',
    displayName: 'Outsider',
    password: DEMO_PASSWORD,
    party: 'KR',
    agency: 'MOFA',
    clearance: 'CONFIDENTIAL',
  });
  const observer = await createUser(ctx, {
    email: 'observer@mofa.kr.example',
    displayName: 'Observer',
    password: DEMO_PASSWORD,
    party: 'KR',
    agency: 'MOFA',
    clearance: 'CONFIDENTIAL',
  });
  await t.runtime.deps.db
    .insertInto('memberships')
    .values({
      groupId: t.groupId,
      userId: observer.id,
      role: 'observer',
      createdAt: '2018-11-01T00:00:00.000Z',
    })
    .execute();

  const who: [string, string | null, boolean, string | null, number, boolean, boolean][] = [
    ['anonymous', null, false, null, -1, false, false],
    ['non-member (KR, cleared)', 'outsider@mofa.kr.example', false, 'KR', 2, false, false],
    ['observer (KR)', 'observer@mofa.kr.example', true, 'KR', 2, false, false],
    ['staff (KR, SBU)', KR_STAFF, true, 'KR', 1, false, false],
    ['delegate (KR, cleared)', KR_DELEGATE, true, 'KR', 2, false, false],
    ['delegate (KR, not cleared)', KR_MOU, true, 'KR', 1, false, false],
    ['co-chair (KR)', KR_CHAIR, true, 'KR', 2, false, false],
    ['delegate (US, cleared)', US_DELEGATE, true, 'US', 2, false, false],
    ['delegate (US, not cleared)', US_LAMBERT, true, 'US', 1, false, false],
    ['co-chair (US)', US_CHAIR, true, 'US', 2, false, false],
    ['administrator', ADMIN, false, null, 0, true, false],
    ['auditor', AUDITOR, false, null, 0, false, true],
  ];
  actors = [];
  for (const [name, email, member, party, rank, isAdmin, isAuditor] of who) {
    const client = email ? await t.as(email) : t.anonymous;
    actors.push({ name, client, member, party, rank, isAdmin, isAuditor });
  }

  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  streams = actors.filter((a) => a.client.cookie).map((a) => listen(baseUrl, a.name, a.client.cookie!));
  await new Promise((r) => setTimeout(r, 200));

  const kr = await t.as(KR_CHAIR);
  fixtures = [];
  for (const build of Object.values(fixtureBuilders)) fixtures.push(...(await build(t, kr)));
}, 120_000);

afterAll(async () => {
  for (const s of streams) s.destroy();
  await t?.close();
});

function paramsFor(url: string, rule: Rule): { path: string; fixture: Fixture | null }[] {
  const substitute = (fx: Fixture | null) =>
    url
      .replace(':groupId', t.groupId)
      .replace(':trackId', t.world.tracks.get('peace_regime')!)
      .replace(/:(\w+)/g, (_m, name: string) =>
        rule.access === 'record' && name === rule.param && fx ? fx.id : UNKNOWN_ID,
      );
  if (rule.access === 'record') {
    const ofKind = fixtures.filter((f) => f.kind === rule.kind);
    return [...ofKind, null].map((fx) => ({ path: `${substitute(fx)}${rule.query}`, fixture: fx }));
  }
  return [{ path: substitute(null), fixture: null }];
}

describe('authorization matrix, generated from the route table', () => {
  it('has a rule for every route the application registers', () => {
    const routes = t.app.routeTable.map((r) => `${r.method} ${r.url}`);
    const missing = routes.filter((r) => !rules[r]);
    expect(missing, 'routes without a rule in test/server/matrix/rules.ts').toEqual([]);
    const stale = Object.keys(rules).filter((r) => !routes.includes(r));
    expect(stale, 'rules for routes that no longer exist').toEqual([]);
  });

  it('made records of every kind, visibility and classification', () => {
    for (const kind of Object.keys(fixtureBuilders)) {
      const ofKind = fixtures.filter((f) => f.kind === kind);
      expect(new Set(ofKind.map((f) => `${f.visibility}/${f.rank}`)).size, kind).toBe(4);
    }
  });

  it('never returns or acts on what an actor may not see, through any route', async () => {
    const problems: string[] = [];
    const before = new Map<string, string>();
    const kr = await t.as(KR_CHAIR);
    for (const fx of fixtures) before.set(fx.id, (await kr.get(fx.readPath)).body);

    for (const [key, rule] of Object.entries(rules)) {
      if (rule.access === 'exempt') continue;
      const [method, url] = key.split(' ') as [string, string];
      const isWrite = method !== 'GET';
      for (const { path, fixture } of paramsFor(url, rule)) {
        for (const actor of actors) {
          const visible = fixture ? canSee(actor, fixture) : true;
          // Writes are made only by those who may not see the record: whether they change anything is the question.
          if (isWrite && fixture && visible) continue;
          const body = isWrite
            ? rule.access === 'record' && rule.body && fixture
              ? rule.body(fixture)
              : {}
            : undefined;
          const res = await actor.client.request(method, path, body === undefined ? {} : { body });
          const where = `${actor.name}: ${method} ${path} → ${res.statusCode}`;
          if (res.statusCode >= 500) problems.push(`${where} (server error)`);
          const hidden = fixtures.filter((f) => !canSee(actor, f));
          const leaked = hidden.filter((f) => res.body.includes(f.marker));
          if (leaked.length > 0) problems.push(`${where} leaks ${leaked.map((f) => f.marker).join(', ')}`);
          if (rule.access === 'public') continue;
          if (!actor.client.cookie) {
            if (res.statusCode !== 401) problems.push(`${where}: anonymous must get 401`);
            continue;
          }
          // A write without a valid body may be refused by validation first; that says nothing about any record.
          const refused = (status: number) =>
            res.statusCode === status || (isWrite && [400, 415].includes(res.statusCode));
          if (rule.access === 'admin' && !actor.isAdmin && !refused(403))
            problems.push(`${where}: not an administrator`);
          if (rule.access === 'auditor' && !actor.isAuditor && !refused(403))
            problems.push(`${where}: not an auditor`);
          if (rule.access === 'member' && !actor.member && !refused(404))
            problems.push(`${where}: not a member must get 404`);
          if (rule.access === 'member_or_admin' && !actor.member && !actor.isAdmin && !refused(404)) {
            problems.push(`${where}: not a member must get 404`);
          }
          if (rule.access === 'record' && fixture && !visible) {
            const allowed = body === undefined || rule.body ? [404] : [400, 404];
            if (!allowed.includes(res.statusCode))
              problems.push(`${where}: invisible record must answer 404`);
            if (res.body.includes(fixture.id)) problems.push(`${where}: echoes the invisible record's id`);
          }
        }
      }
    }
    for (const fx of fixtures) {
      if ((await kr.get(fx.readPath)).body !== before.get(fx.id))
        problems.push(`${fx.kind} ${fx.marker} was changed by someone who may not see it`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('sends no one a notification, e-mail or live event about a record they may not see', async () => {
    const db = t.runtime.deps.db;
    const users = new Map(
      (await db.selectFrom('users').select(['id', 'email']).execute()).map((u) => [u.id, u.email]),
    );
    const byEmail = new Map(actors.filter((a) => a.client.email).map((a) => [a.client.email!, a]));
    const problems: string[] = [];
    const notifications = await db.selectFrom('notifications').selectAll().execute();
    for (const n of notifications) {
      const actor = byEmail.get(users.get(n.userId) ?? '');
      const text = `${n.title} ${n.body} ${n.recordId ?? ''}`;
      for (const fx of fixtures) {
        if (actor && !canSee(actor, fx) && (text.includes(fx.marker) || n.recordId === fx.id))
          problems.push(`notification to ${actor.name} about ${fx.marker}`);
      }
    }
    const mails = await db.selectFrom('outbox').select('payload').where('kind', '=', 'email').execute();
    for (const m of mails) {
      const payload = JSON.parse(m.payload) as { to: string; subject: string; text: string };
      const actor = byEmail.get(payload.to);
      for (const fx of fixtures) {
        if (actor && !canSee(actor, fx) && `${payload.subject} ${payload.text}`.includes(fx.marker))
          problems.push(`e-mail to ${actor.name} about ${fx.marker}`);
      }
    }
    for (const actor of actors) {
      const text = streamed.get(actor.name) ?? '';
      for (const fx of fixtures)
        if (!canSee(actor, fx) && (text.includes(fx.id) || text.includes(fx.marker)))
          problems.push(`live event to ${actor.name} about ${fx.marker}`);
    }
    const krStream = streamed.get('co-chair (KR)') ?? '';
    expect(
      krStream,
      'the writing side receives its own events, so the stream was really listened to',
    ).toContain('event: change');
    expect(problems).toEqual([]);
  });
});
