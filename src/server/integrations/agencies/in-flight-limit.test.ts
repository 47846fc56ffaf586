import { describe, expect, it } from "vitest";
import { InFlightLimit } from "./in-flight-limit";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("in-flight limit", () => {
  it("runs at most `limit` tasks at once and the rest in arrival order", async () => {
    const limit = new InFlightLimit(2);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const all = gates.map((g, i) =>
      limit.run(async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve();
    await all[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve();
    gates[2]!.resolve();
    gates[3]!.resolve();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it("frees the slot when a task throws", async () => {
    const limit = new InFlightLimit(1);
    await expect(limit.run(() => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await limit.run(() => Promise.resolve("next"))).toBe("next");
  });
});
