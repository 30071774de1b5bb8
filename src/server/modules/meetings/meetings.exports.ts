import type PDFKit from 'pdfkit';
import { BODY_FONT, BOLD_FONT, registerDocumentFonts } from '../../pdf/fonts.js';
import { buildMeetingCalendar, type CalendarMeeting } from '../../../core/ics/index.js';
import type { ServiceContext } from '../../context.js';
import { inTransaction } from '../../db/unit-of-work.js';
import { requireMembership } from '../groups/groups.service.js';
import { presentAttendee, computeLocalTimes } from './meetings.present.js';
import { listVisibleMeetings, type AgendaItemRow, type MeetingRow } from './meetings.repository.js';
import { readMeeting } from './meetings.service.js';
import { listVisibleOutcomes, type OutcomeRow } from './outcomes.repository.js';

const PROD_ID = '-//Lockstep//Meetings//EN';

function toCalendarMeeting(ctx: ServiceContext, m: MeetingRow): CalendarMeeting {
  return {
    uid: `meeting-${m.id}@lockstep`,
    title: `Round ${m.round}: ${m.title}`,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    timeZone: m.timeZone,
    location: [m.venuePlace, m.venueCity].filter(Boolean).join(', '),
    url: `${ctx.config.publicUrl}/meetings/${m.id}`,
    status: m.status,
  };
}

export async function buildMeetingIcs(ctx: ServiceContext, id: string): Promise<string> {
  const { meeting } = await readMeeting(ctx, id);
  return buildMeetingCalendar({
    meetings: [toCalendarMeeting(ctx, meeting)],
    prodId: PROD_ID,
    now: ctx.clock.now(),
    name: meeting.title,
  });
}

/** Every meeting of the group the user may see, one calendar. */
export async function buildGroupIcs(ctx: ServiceContext, groupId: string): Promise<string> {
  const { actor, group } = await requireMembership(ctx, groupId);
  const rows = await listVisibleMeetings(ctx.db, actor, groupId);
  return buildMeetingCalendar({
    meetings: rows.map((m) => toCalendarMeeting(ctx, m)),
    prodId: PROD_ID,
    now: ctx.clock.now(),
    name: group.nameEn,
  });
}

/** The highest classification among what the document includes; the marking of every page. */
function highestMarking(
  ctx: ServiceContext,
  items: readonly { classification: string; classificationRank: number }[],
): string {
  let best = { classification: ctx.config.classificationLevels[0] ?? 'UNCLASSIFIED', classificationRank: -1 };
  for (const item of items) if (item.classificationRank > best.classificationRank) best = item;
  return best.classification;
}

interface MinutesContent {
  meeting: MeetingRow;
  localTimes: Record<string, { start: string; end: string }>;
  agenda: AgendaItemRow[];
  attendees: ReturnType<typeof presentAttendee>[];
  outcomes: OutcomeRow[];
  marking: string;
  generatedAt: string;
}

async function renderMinutes(content: MinutesContent, options: { compress: boolean }): Promise<Buffer> {
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKit };
  const doc = new PDFDocument({ size: 'A4', margin: 60, bufferPages: true, compress: options.compress });
  registerDocumentFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { meeting: m } = content;
  doc.info.Title = `Minutes: round ${m.round}, ${m.title}`;
  doc.font(BOLD_FONT).fontSize(16).text(`Minutes of round ${m.round}: ${m.title}`);
  doc.moveDown(0.5).font(BODY_FONT).fontSize(10);
  doc.text(`${[m.venuePlace, m.venueCity].filter(Boolean).join(', ')} (${m.format.replace('_', ' ')})`);
  for (const [zone, span] of Object.entries(content.localTimes))
    doc.text(`${zone === 'venue' ? `Venue (${m.timeZone})` : zone}: ${span.start} to ${span.end}`);
  doc.text(`Host: ${m.hostParty}. Status: ${m.status.replace('_', ' ')}.`);

  doc.moveDown().font(BOLD_FONT).fontSize(12).text('Agenda');
  doc.font(BODY_FONT).fontSize(10);
  if (content.agenda.length === 0) doc.text('(no agenda items)');
  content.agenda.forEach((item, i) => {
    const presenter = item.presenterParty ? ` (presented by ${item.presenterParty})` : '';
    doc.text(`${i + 1}. ${item.title}${presenter}`);
  });

  doc.moveDown().font(BOLD_FONT).fontSize(12).text('Attendance');
  doc.font(BODY_FONT).fontSize(10);
  if (content.attendees.length === 0) doc.text('(not recorded)');
  for (const a of content.attendees) {
    const agency = a.agency ? `, ${a.agency.name}` : '';
    doc.text(
      `${a.party ?? '-'}${agency}: ${a.displayName}, ${a.roleAtMeeting}${a.present ? '' : ' (absent)'}`,
    );
  }

  doc.moveDown().font(BOLD_FONT).fontSize(12).text('Outcomes');
  doc.font(BODY_FONT).fontSize(10);
  if (content.outcomes.length === 0) doc.text('(none recorded)');
  for (const o of content.outcomes) {
    const extra =
      o.kind === 'action_item'
        ? ` Owner: ${o.ownerName ?? '-'}; due ${o.dueOn ?? '-'}; ${o.itemStatus ?? ''}.`
        : '';
    doc.font(BOLD_FONT).text(`${o.kind.replace('_', ' ')}: ${o.title}`);
    doc.font(BODY_FONT).text(`${o.body}${extra}`.trim());
  }
  doc.moveDown().fontSize(8).text(`Generated ${content.generatedAt}. Includes only what the reader may see.`);

  // The marking goes on every page, top and bottom, once the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(BOLD_FONT).fontSize(9);
    doc.text(content.marking, 0, 25, { width: doc.page.width, align: 'center' });
    doc.text(content.marking, 0, doc.page.height - 35, { width: doc.page.width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

/** Minutes as PDF: agenda, attendance, outcomes the user may see, marked with their highest classification. */
export async function buildMinutesPdf(
  ctx: ServiceContext,
  id: string,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { meeting, agenda, attendees, pc } = await readMeeting(ctx, id);
  const outcomes = await listVisibleOutcomes(ctx.db, ctx.actor!, id);
  const marking = highestMarking(ctx, [meeting, ...agenda, ...outcomes]);
  await inTransaction(ctx, (tx) =>
    tx.audit({
      action: 'meeting.minutes_export',
      recordKind: 'meeting',
      recordId: id,
      groupId: meeting.groupId,
      details: { marking, agendaItems: agenda.length, outcomes: outcomes.length },
    }),
  );
  return renderMinutes(
    {
      meeting,
      localTimes: computeLocalTimes(meeting, pc.partyZones),
      agenda,
      attendees: attendees.map(presentAttendee),
      outcomes,
      marking,
      generatedAt: ctx.clock.now().toISOString(),
    },
    { compress: options.compress ?? true },
  );
}
