import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answer, mustSend, type OrderState } from "./payment-ledger";

// A model of the payroll against a bank that books each idempotency key once and decides each payment once
// (credited, or rejected for a closed account): runs send every order they must (some requests time out after the
// bank booked them, some before), runs crash half-way, callbacks arrive late, twice or never. Whatever the
// interleaving, no answered order is sent again, our books agree with the bank's, and a last run misses nobody.

type Action =
  | { kind: "run"; timeout: "none" | "before-booking" | "after-booking" }
  | { kind: "callback"; entitlement: number }
  | { kind: "crash" };

const ENTITLEMENTS = 5;
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("run" as const),
    timeout: fc.constantFrom("none" as const, "before-booking" as const, "after-booking" as const),
  }),
  fc.record({ kind: fc.constant("callback" as const), entitlement: fc.integer({ min: 0, max: ENTITLEMENTS - 1 }) }),
  fc.record({ kind: fc.constant("crash" as const) }),
);
const bankVerdicts = fc.array(fc.constantFrom("CREDITED" as const, "REJECTED" as const), {
  minLength: ENTITLEMENTS,
  maxLength: ENTITLEMENTS,
});

describe("the payroll's at-most-once rule", () => {
  it("pays each entitlement at most once under any interleaving of runs, time-outs, crashes and callbacks", () => {
    fc.assert(
      fc.property(
        fc.array(action, { maxLength: 40 }),
        fc.integer({ min: 0, max: ENTITLEMENTS }),
        bankVerdicts,
        (actions, crashAt, verdicts) => {
          const ours: OrderState[] = Array.from({ length: ENTITLEMENTS }, () => "PENDING");
          const booked = new Set<number>();
          let sentAfterAnswer = 0;
          const send = (i: number, heard: boolean) => {
            if (ours[i] === "CREDITED" || ours[i] === "REJECTED") sentAfterAnswer += 1;
            booked.add(i); // the bank answers a repeated key with its first booking
            ours[i] = heard ? answer(ours[i]!, verdicts[i]!) : ours[i] === "PENDING" ? "SENT" : ours[i]!;
          };
          for (const a of actions) {
            if (a.kind === "callback") {
              if (booked.has(a.entitlement))
                ours[a.entitlement] = answer(ours[a.entitlement]!, verdicts[a.entitlement]!);
              continue;
            }
            // A crash is a run that dies after its first `crashAt` orders; the next run starts over.
            const limit = a.kind === "crash" ? crashAt : ENTITLEMENTS;
            for (let i = 0; i < limit; i++) {
              if (!mustSend(ours[i]!)) continue;
              if (a.kind === "run" && a.timeout === "before-booking") continue;
              send(i, a.kind === "run" && a.timeout === "none");
            }
          }
          expect(sentAfterAnswer).toBe(0);
          ours.forEach((s, i) => {
            if (s === "CREDITED" || s === "REJECTED") expect(s).toBe(verdicts[i]);
          });
          // A last clean run misses nobody.
          for (let i = 0; i < ENTITLEMENTS; i++) if (mustSend(ours[i]!)) send(i, true);
          expect(ours).toEqual(verdicts);
          expect(booked.size).toBe(ENTITLEMENTS);
        },
      ),
    );
  });
});
