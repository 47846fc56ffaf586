import { describe, expect, test } from "vitest";
import { backoffDelayMs, retryAfterAt } from "./backoff";
import { nextCronTime } from "./cron-schedule";
import { endsAt, parseDurationMs } from "./duration";
import { canonicalJson, hashedSigningKey, signBody, verifySignature } from "./signing";
import { evaluateKey, eventNameMatches, expressionError, expressionMatches } from "./wait-matcher";

describe("durations as the SDK writes them", () => {
  test.each([
    ["1s", 1_000],
    ["1h30m", 5_400_000],
    ["7d", 604_800_000],
    ["1w2d3h4m5s", 604_800_000 + 2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 5_000],
    ["", 0],
  ])("%s is %d ms", (text, ms) => expect(parseDurationMs(text)).toBe(ms));
  test("an ISO date is a sleepUntil; garbage is refused", () => {
    expect(endsAt("2030-01-01T00:00:00.000Z", 0)).toBe(Date.parse("2030-01-01T00:00:00.000Z"));
    expect(endsAt("soon", 0)).toBeUndefined();
  });
});

describe("retry timing", () => {
  test("backoff doubles from the base and is capped", () => {
    const options = { baseMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, options))).toEqual([100, 200, 400, 800, 1_000]);
  });
  test("retry-after is seconds or a date", () => {
    expect(retryAfterAt("3", 1_000)).toBe(4_000);
    expect(retryAfterAt("2030-01-01T00:00:00.000Z", 0)).toBe(Date.parse("2030-01-01T00:00:00.000Z"));
    expect(retryAfterAt(null, 0)).toBeUndefined();
  });
});

describe("signing", () => {
  const key = `signkey-test-${"ab".repeat(32)}`;
  test("canonical JSON sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: undefined }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[1,{"f":2}]},"b":1}',
    );
  });
  test("a signature verifies for the same body and key, not for another", () => {
    const header = signBody({ a: 1 }, key, 1_000);
    expect(verifySignature(header, { a: 1 }, key, 1_000)).toBe(true);
    expect(verifySignature(header, { a: 2 }, key, 1_000)).toBe(false);
    expect(verifySignature(header, { a: 1 }, `signkey-test-${"cd".repeat(32)}`, 1_000)).toBe(false);
    expect(verifySignature(header, { a: 1 }, key, 1_000 + 301)).toBe(false);
  });
  test("the register bearer keeps the prefix and hashes the hex key", () => {
    expect(hashedSigningKey(key)).toMatch(/^signkey-test-[0-9a-f]{64}$/);
  });
});

describe("CEL matching", () => {
  test("match-style and if-style expressions", () => {
    const event = { data: { id: "A-1", amount: 10 } };
    expect(expressionMatches("event.data.id == async.data.id", { event, async: { data: { id: "A-1" } } })).toBe(true);
    expect(expressionMatches("event.data.id == async.data.id", { event, async: { data: {} } })).toBe(false);
    expect(expressionMatches("async.data.amount > event.data.amount", { event, async: { data: { amount: 12 } } })).toBe(
      true,
    );
  });
  test("invalid expressions are reported; keys evaluate to strings", () => {
    expect(expressionError("event.data ==")).toBeTruthy();
    expect(evaluateKey("event.data.userId", { event: { data: { userId: "u1" } } })).toBe("u1");
  });
  test("wildcard event triggers", () => {
    expect(eventNameMatches("app/*", "app/user.created")).toBe(true);
    expect(eventNameMatches("app/user.created", "app/user.deleted")).toBe(false);
  });
});

describe("cron", () => {
  test("five and six fields, with a time zone prefix", () => {
    const after = new Date("2030-01-01T00:00:00.000Z");
    expect(nextCronTime("0 9 * * *", after).toISOString()).toBe("2030-01-01T09:00:00.000Z");
    expect(nextCronTime("TZ=Europe/Paris 0 9 * * *", after).toISOString()).toBe("2030-01-01T08:00:00.000Z");
    expect(nextCronTime("*/5 * * * * *", after).toISOString()).toBe("2030-01-01T00:00:05.000Z");
  });
});
