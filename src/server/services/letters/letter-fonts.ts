import { readFile } from "node:fs/promises";
import path from "node:path";
import { padGlyphRecords } from "./pad-glyph-records";

// The standard PDF fonts have no ə, ğ, ş or Cyrillic, so the letter embeds Noto Sans. The files are read from
// node_modules under the working directory, which is the project root under `next dev`, `next start` and the
// tests alike, and inside the standalone server, which chdirs to its folder (next.config.mjs traces them there).
const FONT_DIR = ["node_modules", "@expo-google-fonts", "noto-sans"];
const FILES = { regular: "400Regular/NotoSans_400Regular.ttf", bold: "700Bold/NotoSans_700Bold.ttf" } as const;

export interface LetterFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

let cached: Promise<LetterFonts> | undefined;

async function readFont(file: string, root: string): Promise<Uint8Array> {
  const fontPath = path.join(root, ...FONT_DIR, file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(fontPath));
  } catch (cause) {
    throw new Error(
      `The decision letter's font is missing at ${fontPath}: run the server from the project root after \`npm ci\`.`,
      { cause },
    );
  }
  return padGlyphRecords(bytes);
}

/** Reads the Noto Sans files under `root`, with an error that says where they were expected. */
export async function readLetterFonts(root: string): Promise<LetterFonts> {
  const [regular, bold] = await Promise.all([readFont(FILES.regular, root), readFont(FILES.bold, root)]);
  return { regular, bold };
}

/** The Noto Sans files, read once per process. */
export function loadLetterFonts(): Promise<LetterFonts> {
  cached ??= readLetterFonts(process.cwd()).catch((error: unknown) => {
    // A failed read is not cached: the next letter tries again once the files are there.
    cached = undefined;
    throw error;
  });
  return cached;
}
