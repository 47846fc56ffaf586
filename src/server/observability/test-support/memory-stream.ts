import { Writable } from "node:stream";

/**
 * What a test's logger writes to: each line parsed into `lines` (and its text into `raw`, when given), so the test
 * reads what the log got. It imports nothing of the app, so a `vi.mock` of the logger may load it in its factory.
 */
export function memoryStream(lines: Record<string, unknown>[], raw?: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw?.push(chunk.toString());
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
}
