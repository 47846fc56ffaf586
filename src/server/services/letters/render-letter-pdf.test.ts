import fontkit from "@pdf-lib/fontkit";
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream, StandardFonts } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../../../tests/support/read-pdf";
import { buildDecisionLetterContent, loadLetterMessages } from "./decision-letter-content";
import { readLetterFonts, type LetterFonts } from "./letter-fonts";
import { decisionLetterFrom } from "@/server/services/applications/get-decision-letter";
import { answeredInRussian, assignedLetter, refusedLetter } from "./letter-fixtures";
import { renderLetterPdf, wrapText } from "./render-letter-pdf";

const now = new Date("2026-03-20T09:30:00Z");
let fonts: LetterFonts;
beforeAll(async () => {
  fonts = await readLetterFonts(process.cwd());
});

async function render(letter: typeof assignedLetter): Promise<Uint8Array> {
  return renderLetterPdf(buildDecisionLetterContent(letter, await loadLetterMessages(letter.locale)), fonts, now);
}

const refusedWith = (count: number) => ({
  ...refusedLetter,
  decision: {
    ...refusedLetter.decision,
    reasons: Array.from(
      { length: count },
      (_, i) =>
        `Səbəb ${i + 1}: ailənin adına minik avtomobili qeydiyyatdadır və onun yaşı beş ildən azdır, bu isə yardımın təyin edilməsinə maneədir.`,
    ),
  },
});

/** The TrueType fonts embedded in a PDF (each descriptor's FontFile2), as fontkit reads them. */
async function embeddedFonts(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  return doc.context
    .enumerateIndirectObjects()
    .flatMap(([, object]) => (object instanceof PDFDict ? [object.lookup(PDFName.of("FontFile2"))] : []))
    .flatMap((stream) => (stream instanceof PDFRawStream ? [fontkit.create(decodePDFRawStream(stream).decode())] : []));
}

describe("the decision letter as a PDF", () => {
  it("reads back in Russian with the Azerbaijani name and address, the amount, the footer and the metadata", async () => {
    const { pages, info } = await readPdf(await render(assignedLetter));
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? [];
    expect(text).toEqual(
      expect.arrayContaining([
        "Министерство труда и социальной защиты населения",
        "Məmmədova Aynur Rauf qızı",
        "Bakı, Füzuli küç. 12, mənzil 4, Nəsimi",
        "Решение об адресной государственной социальной помощи",
        "Ежемесячная сумма: 30 400,50 AZN",
        "Срок: с 1 апреля 2026 г. по 31 марта 2027 г.",
        "VEM-2026-000123",
        "Страница 1 из 1",
      ]),
    );
    expect(info).toMatchObject({
      Title: "Решение об адресной государственной социальной помощи — VEM-2026-000123",
      Subject: "Заявление № VEM-2026-000123 от 2 марта 2026 г.",
      Author: "Министерство труда и социальной защиты населения",
      Creator: "VEMTAS",
      Language: "ru",
      CreationDate: "D:20260320093000Z",
    });
  });

  it("grows by pages for a long list of reasons, every reason whole and every page numbered", async () => {
    const short = await readPdf(await render(refusedWith(2)));
    const long = await readPdf(await render(refusedWith(60)));
    expect(short.pages).toHaveLength(1);
    expect(long.pages.length).toBeGreaterThanOrEqual(3);
    long.pages.forEach((page, i) => expect(page).toContain(`Səhifə ${i + 1} / ${long.pages.length}`));
    const all = long.pages.flat().join(" ");
    for (let n = 1; n <= 60; n++) expect(all).toContain(`Səbəb ${n}: ailənin adına`);
    // After the reasons come the date, the legal basis and the appeal route, whose last words end the last page.
    const decided = all.indexOf("Qərarın tarixi: 20 mart 2026");
    expect(decided).toBeGreaterThan(all.indexOf("Səbəb 60: ailənin adına"));
    expect(all.indexOf("Hüquqi əsas:")).toBeGreaterThan(decided);
    expect(long.pages.at(-1)?.join(" ")).toContain("müraciət edə bilərsiniz.");
    expect(long.info.Language).toBe("az");
  });

  it("says which appeal a decision answers", async () => {
    const { pages } = await readPdf(
      await render({ ...refusedLetter, appeal: { filedOn: "2026-04-01", answeredOn: "2026-04-10" } }),
    );
    expect(pages[0]).toContain("Bu qərar 1 aprel 2026 tarixli şikayətinizə cavabdır.");
  });

  it("answers an appeal written in Russian in Russian, though the family applied in Azerbaijani", async () => {
    const letter = decisionLetterFrom(answeredInRussian);
    if (!letter) throw new Error("no decision");
    const { pages, info } = await readPdf(await render(letter));
    expect(pages[0]).toEqual(
      expect.arrayContaining([
        "Решение об адресной государственной социальной помощи",
        "Это решение принято по вашей жалобе от 10 апреля 2026 г.",
        "Причины",
        "Дата решения: 24 апреля 2026 г.",
        "Страница 1 из 1",
      ]),
    );
    const all = pages.flat().join(" ");
    expect(all).toContain("Отдел социальной защиты населения — Насиминский район");
    expect(all).toContain("На семью зарегистрирован легковой автомобиль.");
    expect(all).toContain("обратиться в административный суд.");
    expect(all).not.toMatch(/Nəsimi|Səbəblər|şikayətinizə|Səhifə/);
    expect(info).toMatchObject({ Language: "ru", Subject: "Заявление № VEM-2026-000789 от 2 марта 2026 г." });
  });

  it("embeds only the glyphs it draws, each one whole", async () => {
    const bytes = await render(assignedLetter);
    expect(bytes.length).toBeLessThan(60_000);
    const original = fontkit.create(fonts.regular);
    const shapes = new Set(
      Array.from({ length: original.numGlyphs }, (_, gid) => JSON.stringify(original.getGlyph(gid).bbox)),
    );
    const embedded = await embeddedFonts(bytes);
    expect(embedded).toHaveLength(2);
    const [regular] = embedded;
    expect(regular?.numGlyphs).toBeGreaterThan(30);
    // A misplaced glyph record (the bug pad-glyph-records.ts works around) decodes to a shape no glyph has.
    for (let gid = 0; gid < (regular?.numGlyphs ?? 0); gid++)
      expect(shapes).toContain(JSON.stringify(regular?.getGlyph(gid).bbox));
  });

  it("gives the same bytes for the same letter and moment: nothing reads the clock", async () => {
    const first = await render(refusedLetter);
    expect(Buffer.from(await render(refusedLetter)).equals(Buffer.from(first))).toBe(true);
  });
});

describe("wrapText", () => {
  it("keeps every line within the width, cuts only words too long for a line, and loses no text", async () => {
    const font = (await PDFDocument.create()).embedStandardFont(StandardFonts.Helvetica);
    const style = { font, size: 11 };
    const text = `A family of four ${"x".repeat(120)} and 1\u00a0234,50 AZN a month`;
    const lines = wrapText(text, style, 200);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(200);
    expect(lines.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    expect(lines.some((l) => l.includes("1\u00a0234,50"))).toBe(true);
  });
});

describe("the fonts", () => {
  it("say where they were looked for when they are missing", async () => {
    await expect(readLetterFonts("/nowhere")).rejects.toThrow(
      /font is missing at \/nowhere\/node_modules\/@expo-google-fonts\/noto-sans/,
    );
  });
});
