import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { z } from "zod";

// Reads a PDF back the way a viewer would (Mozilla's pdf.js), so tests check what a family's phone shows
// rather than what the PDF writer meant to draw.

const ZInfo = z.looseObject({
  Title: z.string().optional(),
  Subject: z.string().optional(),
  Author: z.string().optional(),
  Creator: z.string().optional(),
  Language: z.string().nullable().optional(),
  CreationDate: z.string().optional(),
});

export interface ReadPdf {
  /** Each page's text runs, one per line drawn, with no-break spaces read as spaces. */
  pages: string[][];
  info: z.infer<typeof ZInfo>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const text = await (await doc.getPage(n)).getTextContent();
      pages.push(
        text.items.flatMap((item) =>
          "str" in item && item.str.trim() ? [item.str.replace(/[\u00a0\u202f]/g, " ")] : [],
        ),
      );
    }
    const { info } = await doc.getMetadata();
    return { pages, info: ZInfo.parse(info) };
  } finally {
    await doc.destroy();
  }
}
