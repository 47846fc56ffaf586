import { describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { AppError } from "@/server/errors";
import { requestSignInCode, type SendSignInCode } from "@/server/services/auth/request-sign-in-code";
import { verifySignInCode } from "@/server/services/auth/verify-sign-in-code";
import { migratedDbPerFile } from "../support/test-db";

const secret = "test-secret-test-secret-test-secret!";
const t0 = new Date("2026-03-02T08:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const testDb = migratedDbPerFile("otp");

let finCounter = 0;
/** A FIN and phone no other test uses, so the hourly limits of one test don't leak into another. */
function person() {
  finCounter++;
  return {
    fin: `1TST${String(finCounter).padStart(3, "0")}`,
    phone: `+99450${String(1000000 + finCounter).slice(-7)}`,
  };
}

function outbox() {
  const sent: string[] = [];
  const send: SendSignInCode = async (m) => void sent.push(m.code);
  return { sent, send, last: () => sent.at(-1) ?? "" };
}

async function request(
  who: { fin: string; phone: string },
  now: Date,
  send: SendSignInCode,
  { firstSignIn = true }: { firstSignIn?: boolean } = {},
) {
  return requestSignInCode(testDb.current().db, { ...who, locale: "az", now, secret, firstSignIn }, send);
}

async function verify(fin: string, code: string, now: Date) {
  return verifySignInCode(testDb.current().db, { fin, code, locale: "az", now, secret });
}

async function refusalOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return "accepted";
}

/** A refusal's code with the tries it says are left. */
async function triesLeftOf(work: Promise<unknown>): Promise<{ code: string; remaining: unknown }> {
  try {
    await work;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, remaining: e.details.remaining };
    throw e;
  }
  return { code: "accepted", remaining: undefined };
}

describe("citizen sign-in with a one-time code", () => {
  it("a code sent by SMS signs the citizen in and creates their account with that phone", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    expect(box.last()).toMatch(/^\d{6}$/);
    const user = await verify(who.fin, box.last(), minutes(1));
    expect(user).toMatchObject({ role: "CITIZEN", fin: who.fin });
    const stored = await testDb.current().db.user.findUniqueOrThrow({ where: { fin: who.fin } });
    expect(stored.phone).toBe(who.phone);
  });

  it("only a hash of the code is stored", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    const row = await testDb.current().db.oneTimeCode.findFirstOrThrow({ where: { fin: who.fin } });
    expect(row.codeHash).not.toContain(box.last());
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("a code works once", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    await verify(who.fin, box.last(), minutes(1));
    expect(await refusalOf(verify(who.fin, box.last(), minutes(2)))).toBe("codeExpired");
  });

  it("a code expires after 5 minutes", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    expect(await refusalOf(verify(who.fin, box.last(), minutes(5)))).toBe("codeExpired");
  });

  it("is still valid just before 5 minutes", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    expect(await refusalOf(verify(who.fin, box.last(), new Date(minutes(5).getTime() - 1000)))).toBe("accepted");
  });

  it("three wrong tries burn the code: even the right code is refused afterwards", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    const wrong = box.last() === "000000" ? "111111" : "000000";
    expect(await triesLeftOf(verify(who.fin, wrong, minutes(1)))).toEqual({ code: "codeWrong", remaining: 2 });
    expect(await triesLeftOf(verify(who.fin, wrong, minutes(1)))).toEqual({ code: "codeWrong", remaining: 1 });
    expect(await refusalOf(verify(who.fin, wrong, minutes(1)))).toBe("codeBurned");
    // The right code now says why it no longer works (too many wrong tries), not that it expired.
    expect(await refusalOf(verify(who.fin, box.last(), minutes(1)))).toBe("codeBurned");
    expect(await refusalOf(verify(who.fin, wrong, minutes(2)))).toBe("codeBurned");
    expect(await testDb.current().db.user.findUnique({ where: { fin: who.fin } })).toBeNull();
  });

  it("a new code after a burned one works, and an expired or replaced code still reads as expired", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    const wrong = box.last() === "000000" ? "111111" : "000000";
    for (let i = 0; i < 3; i++) await refusalOf(verify(who.fin, wrong, minutes(1)));
    await request(who, minutes(2), box.send);
    expect(await refusalOf(verify(who.fin, box.last(), minutes(3)))).toBe("accepted");
    expect(await refusalOf(verify(who.fin, box.last(), minutes(3)))).toBe("codeExpired");
  });

  it("a new code replaces the previous one", async () => {
    const who = person();
    const box = outbox();
    await request(who, t0, box.send);
    const first = box.last();
    await request(who, minutes(1), box.send);
    if (first !== box.last()) expect(await refusalOf(verify(who.fin, first, minutes(2)))).toBe("codeWrong");
    expect(await refusalOf(verify(who.fin, box.last(), minutes(2)))).toBe("accepted");
  });

  it("no more than 5 codes an hour per FIN; the sixth is refused and sends nothing", async () => {
    const who = person();
    const box = outbox();
    for (let i = 0; i < 5; i++) await request(who, minutes(i), box.send);
    expect(await refusalOf(request(who, minutes(10), box.send))).toBe("codeRateLimited");
    expect(box.sent).toHaveLength(5);
    expect(await testDb.current().db.oneTimeCode.count({ where: { fin: who.fin } })).toBe(5);
    expect(await refusalOf(request(who, minutes(61), box.send))).toBe("accepted");
  });

  it("no more than 5 codes an hour per phone, whatever FINs are tried", async () => {
    const phone = person().phone;
    const box = outbox();
    for (let i = 0; i < 5; i++) await request({ fin: person().fin, phone }, minutes(i), box.send);
    expect(await refusalOf(request({ fin: person().fin, phone }, minutes(6), box.send))).toBe("codeRateLimited");
  });

  it("parallel requests cannot slip past the hourly limit", async () => {
    const who = person();
    const box = outbox();
    const results = await Promise.all(Array.from({ length: 8 }, () => refusalOf(request(who, t0, box.send))));
    expect(results.filter((r) => r === "accepted")).toHaveLength(5);
    expect(results.filter((r) => r === "codeRateLimited")).toHaveLength(3);
  });

  it("a code that cannot be sent is reported as such, and still counts toward the hourly limit", async () => {
    const who = person();
    const failing: SendSignInCode = async () => {
      throw new Error("provider down");
    };
    expect(await refusalOf(request(who, t0, failing))).toBe("smsUnavailable");
    expect(await testDb.current().db.oneTimeCode.count({ where: { fin: who.fin } })).toBe(1);
  });

  it("once a FIN has signed in, codes go only to its number: another phone gets nothing and cannot burn the holder's code", async () => {
    const holder = person();
    const box = outbox();
    await request(holder, t0, box.send);
    await verify(holder.fin, box.last(), minutes(1));
    await request(holder, minutes(2), box.send);
    const holdersCode = box.last();

    const stranger = outbox();
    const otherPhone = person().phone;
    expect(await refusalOf(request({ fin: holder.fin, phone: otherPhone }, minutes(3), stranger.send))).toBe(
      "phoneNotOnFile",
    );
    expect(stranger.sent).toHaveLength(0);
    expect(await testDb.current().db.oneTimeCode.count({ where: { phone: otherPhone } })).toBe(0);
    expect(await refusalOf(verify(holder.fin, holdersCode, minutes(4)))).toBe("accepted");
    const stored = await testDb.current().db.user.findUniqueOrThrow({ where: { fin: holder.fin } });
    expect(stored.phone).toBe(holder.phone);
  });

  it("a sign-in never replaces the number on file, even with a code issued to another phone", async () => {
    const holder = person();
    const { db } = testDb.current();
    await db.user.create({ data: { fin: holder.fin, phone: holder.phone, role: "CITIZEN", name: holder.fin } });
    // A code for another phone, as one issued before the number was bound would be.
    const otherPhone = person().phone;
    const box = outbox();
    await request({ fin: holder.fin, phone: holder.phone }, t0, box.send);
    await db.oneTimeCode.updateMany({ where: { fin: holder.fin }, data: { phone: otherPhone } });
    expect(await refusalOf(verify(holder.fin, box.last(), minutes(1)))).toBe("phoneNotOnFile");
    expect((await db.user.findUniqueOrThrow({ where: { fin: holder.fin } })).phone).toBe(holder.phone);
  });

  it("where first sign-ins by SMS are off, a FIN with no number on file gets no code, and one with a number does", async () => {
    const newcomer = person();
    const box = outbox();
    expect(await refusalOf(request(newcomer, t0, box.send, { firstSignIn: false }))).toBe("phoneFirstSignInOff");
    expect(box.sent).toHaveLength(0);

    const known = person();
    await testDb.current().db.user.create({
      data: { fin: known.fin, phone: known.phone, role: "CITIZEN", name: known.fin },
    });
    expect(await refusalOf(request(known, t0, box.send, { firstSignIn: false }))).toBe("accepted");
    expect(await refusalOf(verify(known.fin, box.last(), minutes(1)))).toBe("accepted");
  });

  it("a malformed FIN or phone is refused by the API with a message key and stores nothing", async () => {
    const { db } = testDb.current();
    const api = createCaller({ db, user: null, now: t0, authSecret: secret });
    const before = await db.oneTimeCode.count();
    await expect(api.auth.requestCode({ fin: "12AB", phone: "050 123 45 67", locale: "en" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("errors.finFormat"),
    });
    await expect(api.auth.requestCode({ fin: "5ABC7D2", phone: "012 123 45 67", locale: "en" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("errors.phoneFormat"),
    });
    expect(await db.oneTimeCode.count()).toBe(before);
  });
});
