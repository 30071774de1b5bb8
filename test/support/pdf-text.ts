import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text runs a PDF shows, page by page, read with pdf.js as a PDF reader would (through the fonts'
 * ToUnicode maps, so Hangul drawn with an embedded font comes back as Hangul).
 */
export async function readPdfText(pdf: Buffer | Uint8Array): Promise<string[]> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const runs: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim() !== '') runs.push(item.str);
  }
  await doc.destroy();
  return runs;
}
