// @pdf-lib/fontkit 1.1.1 writes a small subset's `loca` table in the short format, which stores offsets
// halved, without padding the glyph records to an even length. Noto Sans has odd-length records, so every
// glyph after the first odd one is read from the wrong place and the letter prints as blank gaps, although its
// text still extracts (Hopding/pdf-lib#1232; fixed in upstream fontkit 1.8, which pdf-lib does not use).
// Padding each record of the source font to 4 bytes, as the OpenType spec recommends, makes every subset
// record even and the subset correct.

const HEAD_CHECKSUM_ADJUSTMENT = 8;
const HEAD_INDEX_TO_LOC_FORMAT = 50;
const MAXP_NUM_GLYPHS = 4;

interface Table {
  tag: string;
  data: Uint8Array;
}

const pad4 = (n: number) => (n + 3) & ~3;

function readTables(font: Uint8Array): Table[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    return { tag, data: font.slice(offset, offset + view.getUint32(record + 12)) };
  });
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array(pad4(data.length));
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function table(tables: Table[], tag: string): Uint8Array {
  const found = tables.find((t) => t.tag === tag)?.data;
  if (!found) throw new Error(`the font has no ${tag} table`);
  return found;
}

/** Rebuilds glyf and loca with every glyph record padded to 4 bytes and long offsets; other tables are kept. */
function padGlyf(tables: Table[]): { glyf: Uint8Array; loca: Uint8Array; head: Uint8Array } {
  const head = table(tables, "head").slice();
  const headView = new DataView(head.buffer);
  const longOffsets = headView.getInt16(HEAD_INDEX_TO_LOC_FORMAT) === 1;
  const numGlyphs = new DataView(table(tables, "maxp").buffer).getUint16(MAXP_NUM_GLYPHS);
  const oldLoca = new DataView(table(tables, "loca").buffer);
  const offset = (i: number) => (longOffsets ? oldLoca.getUint32(4 * i) : 2 * oldLoca.getUint16(2 * i));
  const oldGlyf = table(tables, "glyf");

  const records = Array.from({ length: numGlyphs }, (_, i) => oldGlyf.subarray(offset(i), offset(i + 1)));
  const glyf = new Uint8Array(records.reduce((n, r) => n + pad4(r.length), 0));
  const loca = new Uint8Array(4 * (numGlyphs + 1));
  const locaView = new DataView(loca.buffer);
  let at = 0;
  records.forEach((record, i) => {
    locaView.setUint32(4 * i, at);
    glyf.set(record, at);
    at += pad4(record.length);
  });
  locaView.setUint32(4 * numGlyphs, at);
  headView.setInt16(HEAD_INDEX_TO_LOC_FORMAT, 1);
  return { glyf, loca, head };
}

/** The same TrueType font with 4-byte-aligned glyph records, so that fontkit's subsets come out whole. */
export function padGlyphRecords(font: Uint8Array): Uint8Array {
  const tables = readTables(font);
  const rebuilt = padGlyf(tables);
  const out = tables.map((t) => ({
    tag: t.tag,
    data: t.tag in rebuilt ? rebuilt[t.tag as keyof typeof rebuilt] : t.data,
  }));
  const head = out.find((t) => t.tag === "head");
  if (head) new DataView(head.data.buffer).setUint32(HEAD_CHECKSUM_ADJUSTMENT, 0);

  const directorySize = 12 + 16 * out.length;
  const result = new Uint8Array(directorySize + out.reduce((n, t) => n + pad4(t.data.length), 0));
  const view = new DataView(result.buffer);
  result.set(font.subarray(0, 12));
  let at = directorySize;
  out.forEach((t, i) => {
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) result[record + c] = t.tag.charCodeAt(c);
    view.setUint32(record + 4, checksum(t.data));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, t.data.length);
    result.set(t.data, at);
    at += pad4(t.data.length);
  });
  // The whole-font checksum the spec asks for, written into head once everything else is in place.
  if (head) {
    const headOffset = view.getUint32(12 + 16 * out.indexOf(head) + 8);
    view.setUint32(headOffset + HEAD_CHECKSUM_ADJUSTMENT, (0xb1b0afba - checksum(result)) >>> 0);
  }
  return result;
}
