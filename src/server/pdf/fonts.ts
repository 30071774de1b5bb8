import { createRequire } from 'node:module';
import type PDFKit from 'pdfkit';

const require = createRequire(import.meta.url);

// Noto Sans KR (SIL Open Font License) draws Hangul as well as Latin: minutes and letters carry Korean names and
// titles, which pdfkit's built-in Helvetica cannot draw. pdfkit embeds only the glyphs a document uses.
const REGULAR = require.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf');

export const BODY_FONT = 'Body';
export const BOLD_FONT = 'Body-Bold';

/** Registers the document fonts (subset into the PDF as used) and selects the body font. */
export function registerDocumentFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont(BODY_FONT, REGULAR);
  doc.registerFont(BOLD_FONT, BOLD);
  doc.font(BODY_FONT);
}
