import { DateTime } from 'luxon';
import type PDFKit from 'pdfkit';
import { BODY_FONT, BOLD_FONT, registerDocumentFonts } from '../../pdf/fonts.js';
import { EXEMPTION_SECTION_TITLES, type ExemptionSections } from '../../../core/contract/exemptions.js';

export interface ExemptionLetter {
  /** e.g. "Republic of Korea" */
  partyName: string;
  proposalTitle: string;
  status: string;
  sections: ExemptionSections;
  /** YYYY-MM-DD */
  date: string;
  marking: string;
}

export const COMMITTEE_ADDRESSEE =
  'To the Chair of the Security Council Committee established pursuant to resolution 1718 (2006)';

/** The request as a letter on the proposing party's letterhead, with the classification on every page. */
export async function renderExemptionLetter(
  letter: ExemptionLetter,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const { default: PDFDocument } = (await import('pdfkit')) as { default: typeof PDFKit };
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    bufferPages: true,
    compress: options.compress ?? true,
  });
  registerDocumentFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.info.Title = `Request for an exemption: ${letter.proposalTitle}`;
  doc.moveDown(0.5);
  doc
    .font(BOLD_FONT)
    .fontSize(14)
    .text(`Permanent Mission of the ${letter.partyName} to the United Nations`, {
      align: 'center',
    });
  doc.font(BODY_FONT).fontSize(10).text(`Government of the ${letter.partyName}`, { align: 'center' });
  doc.moveDown(1.5);
  const date = DateTime.fromISO(letter.date, { zone: 'utc' }).toFormat('d MMMM yyyy');
  doc.text(date, { align: 'right' });
  doc.moveDown();
  doc.font(BOLD_FONT).text(COMMITTEE_ADDRESSEE);
  doc.moveDown();
  doc.font(BOLD_FONT).fontSize(12).text(`Request for an exemption: ${letter.proposalTitle}`);
  if (letter.status === 'draft') doc.font(BODY_FONT).fontSize(9).text('Draft, not yet submitted');
  doc.moveDown(0.5);
  doc.font(BODY_FONT).fontSize(10);
  doc.text(
    `The ${letter.partyName} presents its compliments to the Chair of the Committee and requests an exemption ` +
      'from the measures named below, for the project described in this letter.',
  );
  (Object.keys(EXEMPTION_SECTION_TITLES) as (keyof ExemptionSections)[]).forEach((key, i) => {
    doc.moveDown();
    doc
      .font(BOLD_FONT)
      .fontSize(11)
      .text(`${i + 1}. ${EXEMPTION_SECTION_TITLES[key]}`);
    doc
      .font(BODY_FONT)
      .fontSize(10)
      .text(letter.sections[key].trim() || '(to be completed)');
  });

  // The marking goes on every page, top and bottom, once the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(BOLD_FONT).fontSize(9);
    doc.text(letter.marking, 0, 25, { width: doc.page.width, align: 'center' });
    doc.text(letter.marking, 0, doc.page.height - 35, { width: doc.page.width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
