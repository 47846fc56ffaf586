import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { DecisionLetterContent, LetterBlock } from "./decision-letter-content";
import type { LetterFonts } from "./letter-fonts";

// A4 in points, with margins of about 2 cm: the letter is printed by families on whatever printer they have.
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = { side: 56, top: 56, bottom: 72 };
const FOOTER_Y = 36;
const TEXT_WIDTH = PAGE.width - 2 * MARGIN.side;
const SIZE = { body: 11, title: 15, letterhead: 12, note: 9.5, footer: 9 };
const LEADING = 1.4;
const GAP = 7;
const INK = rgb(0.07, 0.09, 0.15);
const GREY = rgb(0.35, 0.38, 0.43);

interface Style {
  font: PDFFont;
  size: number;
}

/** Splits text into lines no wider than `width`; a word longer than a line is cut where it must be. */
export function wrapText(text: string, style: Style, width: number): string[] {
  const fits = (s: string) => style.font.widthOfTextAtSize(s, style.size) <= width;
  const lines: string[] = [];
  let line = "";
  // Only ordinary spaces break a line: the no-break spaces in "1 234,50" and "4 мая 2026 г." hold together.
  for (const word of text.split(" ").filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line)) {
      const chars = Array.from(line);
      let cut = chars.length - 1;
      while (cut > 1 && !fits(chars.slice(0, cut).join(""))) cut--;
      lines.push(chars.slice(0, cut).join(""));
      line = chars.slice(cut).join("");
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes lines from the top of the page down, opening a new page when the next line would not fit. */
class Writer {
  private page: PDFPage;
  private y = PAGE.height - MARGIN.top;

  constructor(private readonly doc: PDFDocument) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
  }

  /** Starts a new page unless `height` points still fit on this one. */
  room(height: number): void {
    if (this.y - height >= MARGIN.bottom) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
  }

  /** One wrapped paragraph at `x`, `width` wide; `marker` (a list number) hangs to its left on the first line. */
  lines(
    text: string,
    style: Style,
    opts: { x?: number; width?: number; marker?: { text: string; x: number; font?: PDFFont } } = {},
  ): void {
    const x = opts.x ?? MARGIN.side;
    const height = style.size * LEADING;
    wrapText(text, style, opts.width ?? TEXT_WIDTH).forEach((line, i) => {
      this.room(height);
      this.y -= height;
      const marker = i === 0 ? opts.marker : undefined;
      if (marker)
        this.page.drawText(marker.text, {
          x: marker.x,
          y: this.y,
          size: style.size,
          font: marker.font ?? style.font,
          color: INK,
        });
      this.page.drawText(line, { x, y: this.y, size: style.size, font: style.font, color: INK });
    });
  }

  rule(): void {
    this.y -= GAP / 2;
    this.page.drawLine({
      start: { x: MARGIN.side, y: this.y },
      end: { x: PAGE.width - MARGIN.side, y: this.y },
      thickness: 0.75,
      color: GREY,
    });
  }

  gap(points = GAP): void {
    this.y -= points;
  }
}

function writeBlock(w: Writer, block: LetterBlock, fonts: { regular: PDFFont; bold: PDFFont }): void {
  const body: Style = { font: fonts.regular, size: SIZE.body };
  const strong: Style = { font: fonts.bold, size: SIZE.body };
  switch (block.kind) {
    case "letterhead":
      w.lines(block.organisation, { font: fonts.bold, size: SIZE.letterhead });
      w.lines(block.system, { font: fonts.regular, size: SIZE.note });
      w.rule();
      break;
    case "fields": {
      const labelWidth = Math.max(...block.rows.map((r) => fonts.bold.widthOfTextAtSize(`${r.label}:`, SIZE.body))) + 8;
      for (const row of block.rows) {
        w.lines(row.value, body, {
          x: MARGIN.side + labelWidth,
          width: TEXT_WIDTH - labelWidth,
          marker: { text: `${row.label}:`, x: MARGIN.side, font: fonts.bold },
        });
      }
      break;
    }
    case "title":
      w.gap(GAP);
      w.lines(block.text, { font: fonts.bold, size: SIZE.title });
      break;
    case "paragraph":
      w.lines(
        block.text,
        block.tone === "strong" ? strong : block.tone === "note" ? { font: fonts.regular, size: SIZE.note } : body,
      );
      break;
    case "reasons": {
      // The heading never stays alone at the foot of a page: it moves on with its first reason.
      w.room(3 * SIZE.body * LEADING);
      w.lines(block.heading, strong);
      const indent = fonts.regular.widthOfTextAtSize(`${block.items.length}.`, SIZE.body) + 8;
      block.items.forEach((item, i) => {
        w.lines(item, body, {
          x: MARGIN.side + indent,
          width: TEXT_WIDTH - indent,
          marker: { text: `${i + 1}.`, x: MARGIN.side },
        });
      });
      break;
    }
  }
  w.gap();
}

/** The registration number and "page N of M" at the foot of every page, once the number of pages is known. */
function writeFooters(doc: PDFDocument, content: DecisionLetterContent, font: PDFFont): void {
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = content.pageLabel(i + 1, pages.length);
    page.drawText(content.registrationNumber, { x: MARGIN.side, y: FOOTER_Y, size: SIZE.footer, font, color: GREY });
    const width = font.widthOfTextAtSize(label, SIZE.footer);
    page.drawText(label, { x: PAGE.width - MARGIN.side - width, y: FOOTER_Y, size: SIZE.footer, font, color: GREY });
  });
}

/** The letter as an A4 PDF with Noto Sans embedded (subset), dated `now` rather than by the clock. */
export async function renderLetterPdf(
  content: DecisionLetterContent,
  fontFiles: LetterFonts,
  now: Date,
): Promise<Uint8Array> {
  // Without updateMetadata: false, pdf-lib stamps the clock's time and its own name into the document.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  // Named, because pdf-lib otherwise draws a random suffix for each font and the same letter would never
  // give the same bytes twice.
  const fonts = {
    regular: await doc.embedFont(fontFiles.regular, { subset: true, customName: "NotoSans-Regular" }),
    bold: await doc.embedFont(fontFiles.bold, { subset: true, customName: "NotoSans-Bold" }),
  };
  doc.setTitle(content.title, { showInWindowTitleBar: true });
  doc.setSubject(content.subject);
  doc.setAuthor(content.author);
  doc.setCreator("VEMTAS");
  doc.setProducer("VEMTAS");
  doc.setLanguage(content.locale);
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const writer = new Writer(doc);
  for (const block of content.blocks) writeBlock(writer, block, fonts);
  writeFooters(doc, content, fonts.regular);
  return doc.save();
}
