import { describe, expect, it } from "vitest";
import { allSettledOrThrow } from "./all-settled-or-throw";

describe("allSettledOrThrow", () => {
  it("gives every value, in order", async () => {
    await expect(allSettledOrThrow([Promise.resolve(1), Promise.resolve("two")])).resolves.toEqual([1, "two"]);
  });

  it("rejects only once the slower parts have finished, with the first failure in order", async () => {
    let slowDone = false;
    const slow = new Promise<void>((resolve) =>
      setTimeout(() => {
        slowDone = true;
        resolve();
      }, 20),
    );
    const failure = allSettledOrThrow([Promise.reject(new Error("first")), slow, Promise.reject(new Error("second"))]);
    await expect(failure).rejects.toThrow("first");
    expect(slowDone).toBe(true);
  });
});
