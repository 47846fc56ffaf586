import { AppError } from "@/server/errors";

// Pages of rows ordered newest first by a time column, then by id: the cursor is the last row's time and id,
// so rows of the same millisecond are neither lost nor repeated between pages, however many are added meanwhile.
// The next page is the rows with `time < at`, or `time = at` and `id < id`.

export function encodeTimeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

/** The cursor's time and id; a malformed one is the caller's bad input, named `inputName`. */
export function decodeTimeCursor(cursor: string, inputName = "before"): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  if (!id || Number.isNaN(at.getTime())) throw new AppError("invalidInput", { field: inputName });
  return { at, id };
}
