// The decision letter as a PDF: how long one letter takes to render with Noto Sans embedded as a subset (needed
// for ə, ğ, ş and Cyrillic), against a baseline in the same run that draws the same lines, folded to ASCII, in
// the standard Helvetica a PDF viewer already has. The ratio is the price of writing the family's own language.
//   npx tsx bench/decision-letter-pdf.ts [letters]
import { PDFDocument, StandardFonts } from "pdf-lib";
import { buildDecisionLetterContent, loadLetterMessages } from "../src/server/services/letters/decision-letter-content";
import { assignedLetter, letterTexts, refusedLetter } from "../src/server/services/letters/letter-fixtures";
import { loadLetterFonts } from "../src/server/services/letters/letter-fonts";
import { renderLetterPdf, wrapText } from "../src/server/services/letters/render-letter-pdf";

const COUNT = Number(process.argv[2] ?? 300);
const NOW = new Date("2026-03-20T09:00:00Z");

/** The baseline: the same lines, folded to ASCII, wrapped at the same width, in Helvetica (nothing embedded). */
async function renderBaseline(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  let y = 785;
  for (const text of lines) {
    const ascii = text.normalize("NFKD").replace(/[^\x20-\x7e]/g, "");
    for (const line of wrapText(ascii, { font, size: 11 }, 483)) {
      page.drawText(line, { x: 56, y, size: 11, font });
      y -= 15.4;
    }
  }
  doc.setCreationDate(NOW);
  return doc.save();
}

async function time(label: string, render: () => Promise<Uint8Array>): Promise<{ msPerLetter: number; bytes: number }> {
  for (let i = 0; i < 10; i++) await render(); // warm-up: JIT and the font cache
  const start = process.hrtime.bigint();
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) bytes += (await render()).length;
  const msPerLetter = Number(process.hrtime.bigint() - start) / 1e6 / COUNT;
  console.info(
    `${label.padEnd(44)} ${msPerLetter.toFixed(2).padStart(7)} ms/letter  ${String(Math.round(bytes / COUNT)).padStart(7)} B`,
  );
  return { msPerLetter, bytes: bytes / COUNT };
}

const fonts = await loadLetterFonts();
console.info(`${COUNT} letters each, one at a time\n`);
for (const letter of [refusedLetter, assignedLetter]) {
  const content = buildDecisionLetterContent(letter, await loadLetterMessages(letter.locale));
  const real = await time(`${letter.decision.outcome} (${letter.locale}), Noto Sans subset`, () =>
    renderLetterPdf(content, fonts, NOW),
  );
  const base = await time(`  baseline: same lines in Helvetica, ASCII`, () => renderBaseline(letterTexts(content)));
  console.info(
    `  ratio: ${(real.msPerLetter / base.msPerLetter).toFixed(2)}× the time, ${(real.bytes / base.bytes).toFixed(2)}× the bytes\n`,
  );
}
