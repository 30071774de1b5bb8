import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProposalDeadlines } from '../../../src/server/modules/proposals/proposals.deadlines.js';
import { buildApp } from '../../../src/server/app.js';
import type { App } from '../../../src/server/http/types.js';
import { createRuntime, type Runtime } from '../../../src/server/runtime.js';
import { createMailer, drainOutbox } from '../../../src/server/workers/outbox-worker.js';
import {
  createTestApp,
  KR_CHAIR,
  KR_DELEGATE,
  KR_MOU,
  loginCookie,
  silentLogger,
  testDbKind,
  US_CHAIR,
  US_DELEGATE,
  US_LAMBERT,
  US_NSC,
  type TestApp,
} from '../../support/test-app.js';
import {
  clientsFor,
  draftProposal,
  mustAct,
  openEventStream,
  readableMessage,
  startSmtpSink,
  type ProposalJson,
} from './proposals-support.js';

let t: TestApp;
let as: ReturnType<typeof clientsFor>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ env: { LOCKSTEP_SMTP_URL: sink.url } });
  as = clientsFor(t);
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

async function drainTwice(): Promise<void> {
  const mailer = createMailer(t.config.smtpUrl!);
  await drainOutbox(t.runtime.deps, mailer);
  await drainOutbox(t.runtime.deps, mailer);
  mailer.close();
}

function recipientsOf(marker: string): string[] {
  return sink.messages
    .filter((m) => readableMessage(m.raw).includes(marker))
    .flatMap((m) => m.to)
    .sort();
}

describe('what reaches whom', () => {
  it('e-mails the notice to exactly the US co-chair and delegates, once', async () => {
    const kr = await as(KR_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Capybara survey notice' });
    await mustAct(kr, draft.id, 'notify');
    await drainTwice();
    expect(recipientsOf('Capybara survey notice')).toEqual(
      [US_DELEGATE, US_LAMBERT, US_NSC, US_CHAIR].sort(),
    );
    const text = readableMessage(
      sink.messages.find((m) => m.to.includes(US_CHAIR) && m.raw.includes('Capybara'))!.raw,
    );
    expect(text).toContain('KR notified a planned action');
    expect(text).toContain(`/proposals/${draft.id}`);
  });

  it('keeps a party-only comment from the partner in the API, the live stream, e-mail and search', async () => {
    const kr = await as(KR_DELEGATE);
    const us = await as(US_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Comment leak test' });
    await mustAct(kr, draft.id, 'notify');
    await drainTwice();
    sink.messages.length = 0;

    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const usStream = await openEventStream(base, await loginCookie(t.app, US_CHAIR));
    const krStream = await openEventStream(base, await loginCookie(t.app, KR_CHAIR));
    try {
      const internal = await kr.post(`/proposals/${draft.id}/comments`, {
        body: 'Internal: the Blue House wants this before the summit — wombat.',
        visibility: 'party',
      });
      expect(internal.statusCode).toBe(201);
      t.clock.advance(1000);
      const shared = await kr.post(`/proposals/${draft.id}/comments`, {
        body: 'Shared: the fuel is for the survey train only — numbat.',
        visibility: 'shared',
      });
      expect(shared.statusCode).toBe(201);

      await krStream.waitFor((e) => e.type === 'proposal.comment_added');
      await usStream.waitFor((e) => e.type === 'proposal.comment_added' && e.recordId === draft.id);
      await krStream.waitFor(
        () => krStream.events.filter((e) => e.type === 'proposal.comment_added').length === 2,
      );
      expect(usStream.events.filter((e) => e.type === 'proposal.comment_added')).toHaveLength(1);
      expect(krStream.events.filter((e) => e.type === 'proposal.comment_added')).toHaveLength(2);
    } finally {
      await usStream.close();
      await krStream.close();
    }

    const usComments = (await us.get(`/proposals/${draft.id}/comments`)).json<{
      items: { body: string }[];
    }>();
    expect(usComments.items.map((c) => c.body)).toEqual([
      'Shared: the fuel is for the survey train only — numbat.',
    ]);
    const krComments = (await kr.get(`/proposals/${draft.id}/comments`)).json<{
      items: { visibility: string }[];
    }>();
    expect(krComments.items.map((c) => c.visibility)).toEqual(['party', 'shared']);

    expect((await us.get('/search?q=wombat')).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await us.get('/search?q=numbat')).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await kr.get('/search?q=wombat')).json<{ items: unknown[] }>().items).toHaveLength(1);

    const usNotes = await t.runtime.deps.db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.userId')
      .select(['notifications.body'])
      .where('users.party', '=', 'US')
      .where('notifications.recordId', '=', draft.id)
      .execute();
    expect(usNotes.some((n) => n.body.includes('wombat'))).toBe(false);
    expect(usNotes.some((n) => n.body.includes('numbat'))).toBe(true);

    await drainTwice();
    expect(recipientsOf('wombat')).toEqual([KR_CHAIR, KR_MOU].sort());
    expect(recipientsOf('numbat')).toEqual(
      [KR_CHAIR, KR_MOU, US_CHAIR, US_DELEGATE, US_LAMBERT, US_NSC].sort(),
    );
  });

  it('reminds the parties that have not answered 48 hours before the end, once, and tells the co-chairs at the end, once', async () => {
    const kr = await as(KR_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Reminder test' });
    const notified = await mustAct(kr, draft.id, 'notify');
    const ends = new Date(notified.noticeEndsAt!).getTime();
    const kinds = async (kind: string) =>
      (
        await t.runtime.deps.db
          .selectFrom('notifications')
          .select('userId')
          .where('recordId', '=', draft.id)
          .where('kind', '=', kind)
          .execute()
      )
        .map((n) => n.userId)
        .sort();
    const ids = (...emails: string[]) => emails.map((e) => t.world.users.get(e)!).sort();

    t.clock.set(new Date(ends - 49 * 3600_000));
    await runProposalDeadlines(t.runtime.deps);
    expect(await kinds('proposal.reminder')).toEqual([]);

    t.clock.set(new Date(ends - 47 * 3600_000));
    await runProposalDeadlines(t.runtime.deps);
    await runProposalDeadlines(t.runtime.deps);
    expect(await kinds('proposal.reminder')).toEqual(ids(US_CHAIR, US_DELEGATE, US_LAMBERT, US_NSC));
    await drainTwice();
    expect(recipientsOf('Reminder: your answer on Reminder test')).toEqual(
      [US_CHAIR, US_DELEGATE, US_LAMBERT, US_NSC].sort(),
    );

    t.clock.set(new Date(ends + 60_000));
    await runProposalDeadlines(t.runtime.deps);
    await runProposalDeadlines(t.runtime.deps);
    expect(await kinds('proposal.notice_ended')).toEqual(ids(KR_CHAIR, US_CHAIR));
    expect(await kinds('proposal.reminder')).toHaveLength(4);
  });

  it('sends no reminder to a party that has answered', async () => {
    const kr = await as(KR_DELEGATE);
    const draft = await draftProposal(t, kr, { title: 'Answered in time' });
    const notified = await mustAct(kr, draft.id, 'notify');
    await mustAct(await as(US_DELEGATE), draft.id, 'concur');
    t.clock.set(new Date(new Date(notified.noticeEndsAt!).getTime() - 3600_000));
    await runProposalDeadlines(t.runtime.deps);
    const reminders = await t.runtime.deps.db
      .selectFrom('notifications')
      .select('id')
      .where('recordId', '=', draft.id)
      .where('kind', '=', 'proposal.reminder')
      .execute();
    expect(reminders).toEqual([]);
    const view = (await (await as(KR_CHAIR)).get(`/proposals/${draft.id}`)).json<ProposalJson>();
    expect(view.positions.US?.stance).toBe('concur');
  });
});

// Fan-out between instances goes through PostgreSQL LISTEN/NOTIFY; SQLite runs as one process.
if (testDbKind() === 'postgres') {
  describe('live updates across two instances on one PostgreSQL', () => {
    let a: TestApp;
    let runtimeB: Runtime;
    let appB: App;

    beforeAll(async () => {
      a = await createTestApp();
      runtimeB = await createRuntime(a.config, { clock: a.clock, log: silentLogger(), poolSize: 3 });
      appB = await buildApp(runtimeB.deps, { serveWeb: false });
      await appB.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await appB?.close();
      await runtimeB?.close();
      await a?.close();
    });

    it('delivers a notice made on instance A to the US on instance B, and nothing of a KR draft', async () => {
      const { port } = appB.server.address() as AddressInfo;
      const stream = await openEventStream(`http://127.0.0.1:${port}`, await loginCookie(a.app, US_CHAIR));
      try {
        const kr = await clientsFor(a)(KR_DELEGATE);
        const hidden = await draftProposal(a, kr, { title: 'Stays a KR draft' });
        const shown = await draftProposal(a, kr, { title: 'Notified across instances' });
        await mustAct(kr, shown.id, 'notify');
        await stream.waitFor((e) => e.type === 'proposal.updated' && e.recordId === shown.id);
        expect(stream.events.some((e) => e.recordId === hidden.id)).toBe(false);
        expect(stream.events.some((e) => e.type === 'proposal.created' && e.recordId === shown.id)).toBe(
          false,
        );
      } finally {
        await stream.close();
      }
    });
  });
}
