import { z } from "zod";
import {
  describeIssue,
  formatPath,
  InvalidInputError,
  ZAssessmentInput,
  ZIsoDate,
  type AssessmentInput,
} from "./input-schema";
import { guardAssessmentInput } from "./input-guard";
import { OUTCOMES, type Assessment } from "./outcome";
import { REASON_CODES, type ReasonCode } from "./reasons";

// A case file (OpenFisca style): one family as the engine sees it, and what the law says should happen to it.
// Documented in docs/decision-engine.md. `expected` lists only what the case is about; absent fields are not checked.

const ZExpected = z.strictObject({
  outcome: z.enum(OUTCOMES),
  /** Every reason code the decision must give, each as often as it must appear; order does not matter. */
  reasonCodes: z.array(z.enum(REASON_CODES as [ReasonCode, ...ReasonCode[]])),
  amountQepik: z.number().int().nonnegative().optional(),
  memberCount: z.number().int().nonnegative().optional(),
  needCriterionQepik: z.number().int().nonnegative().nullable().optional(),
  averageMonthlyIncomeQepik: z.number().int().nonnegative().optional(),
  period: z.strictObject({ from: ZIsoDate, to: ZIsoDate }).nullable().optional(),
  decisionDeadline: ZIsoDate.nullable().optional(),
  excludedFins: z.array(z.string()).optional(),
});
export type CaseExpectation = z.infer<typeof ZExpected>;

const ZCaseFile = z.strictObject({
  title: z.string().min(1),
  description: z.string().optional(),
  input: z.unknown(),
  expected: ZExpected.optional(),
});

export interface CaseFile {
  title: string;
  description?: string;
  input: AssessmentInput;
  expected?: CaseExpectation;
}

/**
 * Accepts a case file ({ title, input, expected? }) or a bare engine input. Every problem names its field,
 * e.g. `input.members[2].fin: must be a FIN: 7 capital Latin letters or digits`.
 */
export function parseCaseFile(data: unknown): CaseFile {
  const isCase = typeof data === "object" && data !== null && "input" in data;
  if (!isCase) {
    const fast = guardAssessmentInput(data);
    if (fast !== undefined) return { title: "(bare input)", input: fast };
    const input = ZAssessmentInput.safeParse(data);
    if (input.success) return { title: "(bare input)", input: input.data };
    throw new InvalidInputError(
      input.error.issues.map((i) => ({ path: formatPath(i.path), message: describeIssue(i) })),
    );
  }
  const outer = ZCaseFile.safeParse(data);
  const problems: { path: string; message: string }[] = [];
  if (!outer.success)
    problems.push(...outer.error.issues.map((i) => ({ path: formatPath(i.path), message: describeIssue(i) })));
  const raw = (data as { input: unknown }).input;
  // The engine input takes the guard's one pass when valid (input-guard.ts); zod only names the problems.
  const fast = guardAssessmentInput(raw);
  const input = fast !== undefined ? { success: true as const, data: fast } : ZAssessmentInput.safeParse(raw);
  if (!input.success)
    problems.push(
      ...input.error.issues.map((i) => ({ path: formatPath(["input", ...i.path]), message: describeIssue(i) })),
    );
  if (problems.length > 0 || !outer.success || !input.success) throw new InvalidInputError(problems);
  const { title, description, expected } = outer.data;
  return {
    title,
    input: input.data,
    ...(description === undefined ? {} : { description }),
    ...(expected === undefined ? {} : { expected }),
  };
}

/** The differences between an assessment and a case's expectation, as readable lines; empty when it matches. */
export function compareWithExpectation(result: Assessment, expected: CaseExpectation): string[] {
  const problems: string[] = [];
  const check = (name: string, actual: unknown, wanted: unknown): void => {
    if (wanted === undefined) return;
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      problems.push(`${name}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  };
  const f = result.figures;
  check("outcome", result.outcome, expected.outcome);
  check("reasonCodes", result.reasons.map((r) => r.code).sort(), [...expected.reasonCodes].sort());
  check("amountQepik", f.amountQepik, expected.amountQepik);
  check("memberCount", f.memberCount, expected.memberCount);
  check("needCriterionQepik", f.needCriterionQepik, expected.needCriterionQepik);
  check("averageMonthlyIncomeQepik", f.averageMonthlyIncomeQepik, expected.averageMonthlyIncomeQepik);
  check("period", f.period, expected.period);
  check("decisionDeadline", f.decisionDeadline, expected.decisionDeadline);
  check(
    "excludedFins",
    f.excludedMembers.map((m) => m.fin).sort(),
    expected.excludedFins === undefined ? undefined : [...expected.excludedFins].sort(),
  );
  return problems;
}
