import type { Refusal } from "@/server/api/refusal-of";

type SubmitResult = { ok: true } | { ok: false; refusal: Refusal } | null;

export type SubmitOutcome =
  { kind: "submitted" } | { kind: "refused"; refusal: Refusal } | { kind: "notice"; notice: "submitUnanswered" };

/**
 * What the wizard does with the answer to "Submit" (null: no answer came). On a phone whose signal drops, the
 * server may have registered the application and only its answer been lost: the next press is then refused with
 * `notDraft`, which means the family's application is in, so the family is taken to its page instead of being
 * left on a form that says it was already submitted. With no answer at all the wizard cannot know which happened,
 * so it says so and that pressing again is safe (submission is idempotent by the draft's status).
 */
export function submitOutcome(result: SubmitResult): SubmitOutcome {
  if (result === null) return { kind: "notice", notice: "submitUnanswered" };
  if (result.ok || result.refusal.code === "notDraft") return { kind: "submitted" };
  return { kind: "refused", refusal: result.refusal };
}
