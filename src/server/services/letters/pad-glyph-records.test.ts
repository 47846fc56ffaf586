import { readFile } from "node:fs/promises";
import fontkit from "@pdf-lib/fontkit";
import { describe, expect, it } from "vitest";
import { padGlyphRecords } from "./pad-glyph-records";

const source = new Uint8Array(
  await readFile("node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
);

/** The glyph offsets of a TrueType font, read from its bytes: long or short `loca` as `head` says. */
function glyphOffsets(font: Uint8Array): { long: boolean; offsets: number[] } {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tableAt = (tag: string) => {
    for (let i = 0; i < view.getUint16(4); i++) {
      const record = 12 + 16 * i;
      if (String.fromCharCode(...font.subarray(record, record + 4)) === tag)
        return { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
    }
    throw new Error(`no ${tag}`);
  };
  const long = view.getInt16(tableAt("head").offset + 50) === 1;
  const loca = tableAt("loca");
  const count = loca.length / (long ? 4 : 2);
  const offsets = Array.from({ length: count }, (_, i) =>
    long ? view.getUint32(loca.offset + 4 * i) : 2 * view.getUint16(loca.offset + 2 * i),
  );
  return { long, offsets };
}

describe("padGlyphRecords", () => {
  const original = fontkit.create(source);
  const padded = fontkit.create(padGlyphRecords(source));

  it("starts every glyph record on a 4-byte boundary, with long offsets", () => {
    const before = glyphOffsets(source);
    const after = glyphOffsets(padGlyphRecords(source));
    expect(before.offsets.some((o) => o % 2 === 1)).toBe(true);
    expect(after.long).toBe(true);
    expect(after.offsets).toHaveLength(before.offsets.length);
    expect(after.offsets.every((o) => o % 4 === 0)).toBe(true);
  });

  it("keeps every glyph's outline, metrics and the character map", () => {
    const text = "Ərizə ğ ş ı ö ü ç — Решение ёЁ № ₼ 1 234,50";
    const a = original.layout(text).glyphs;
    const b = padded.layout(text).glyphs;
    expect(b.map((g) => g.id)).toEqual(a.map((g) => g.id));
    b.forEach((g, i) => {
      expect(g.path.toSVG()).toBe(a[i]?.path.toSVG());
      expect(g.advanceWidth).toBe(a[i]?.advanceWidth);
    });
    expect(padded.numGlyphs).toBe(original.numGlyphs);
  });
});
