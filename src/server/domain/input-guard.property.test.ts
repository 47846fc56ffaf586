import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as enums from "@/kernel/input-enums";
import { guardAssessmentInput } from "./input-guard";
import { formatPath, describeIssue, InvalidInputError, parseAssessmentInput, ZAssessmentInput } from "./input-schema";
import { arbFamily } from "./test-support/arbitrary-family";

// The hand-written guard must accept exactly what ZAssessmentInput accepts, with the same output: every case file
// and generated family, each damaged in random ways (a field removed, replaced by a value of the wrong kind or by
// a value valid elsewhere, an extra or optional key added, a list emptied or a record repeated).

type Json = unknown;
const dir = path.join(import.meta.dirname, "cases");
const caseInputs: Json[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => (JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { input: Json }).input);

const enumValues = Object.values(enums).flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : []));
const keyNames = [
  ...new Set(caseInputs.flatMap((c) => JSON.stringify(c).match(/"[A-Za-z]+":/g) ?? []).map((k) => k.slice(1, -2))),
  ...["note", "beyondRegisters", "holderFin", "ownerFin", "text", "lastAssignment", "disability", "unknownField"],
];
const odd: Json[] = [
  undefined,
  null,
  "",
  "x",
  0,
  -1,
  1.5,
  1_000_000_001,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  "2020-02-30",
  "2020-02-29",
  "2099-01-01",
  "1990-06-15",
  "2020-13",
  "2020-01",
  "2020-1-01",
  "2020-00",
  "2020-12",
  "2020-1a",
  "202a-01",
  "2020/01",
  "2020-01\n",
  "AAAAAAA",
  "aaaaaaa",
  "AAAAAA",
  "AAAAAA\n",
  "AAA-AAA",
  "ÀAAAAAA",
  1,
  2,
];

/** Every place in the tree: a container and a key or index of it. */
function places(root: Json): { at: Record<string | number, Json>; key: string | number }[] {
  const out: { at: Record<string | number, Json>; key: string | number }[] = [];
  const walk = (v: Json) => {
    if (typeof v !== "object" || v === null) return;
    const at = v as Record<string | number, Json>;
    for (const [k, x] of Object.entries(v)) {
      out.push({ at, key: Array.isArray(v) ? Number(k) : k });
      walk(x);
    }
  };
  walk(root);
  return out;
}

function leaves(root: Json): Json[] {
  return places(root)
    .map((p) => p.at[p.key])
    .filter((v) => typeof v !== "object" || v === null);
}

/** Applies `choices.length / 3` random damages to a copy of `input`. */
function damage(input: Json, choices: number[]): Json {
  const copy = structuredClone(input) as Json;
  const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
  for (let i = 0; i + 2 < choices.length; i += 3) {
    const [a, b, c] = [choices[i]!, choices[i + 1]!, choices[i + 2]!];
    const all = places(copy);
    if (all.length === 0) break;
    const { at, key } = pick(all, a);
    const target = at[key];
    const shaped = (re: RegExp) => all.filter((p) => typeof p.at[p.key] === "string" && re.test(p.at[p.key] as string));
    switch (b % 9) {
      case 7: {
        // A date moved past the application date (or the application date before everything else).
        const dates = shaped(/^\d{4}-\d{2}-\d{2}$/);
        if (dates.length > 0) {
          const p = pick(dates, c);
          p.at[p.key] = pick(["2099-01-01", "1900-01-01"], c >> 4);
        }
        break;
      }
      case 8: {
        // A FIN replaced by one nobody in the family has, or by another's (a duplicate, a self-reference).
        const fins = shaped(/^[0-9A-Z]{7}$/);
        if (fins.length > 0)
          pick(fins, c).at[pick(fins, c).key] = pick([...fins.map((f) => f.at[f.key]), "ZZZZZZ9"], c >> 4);
        break;
      }
      case 0:
        if (Array.isArray(at)) at.splice(key as number, 1);
        else delete at[key];
        break;
      case 1:
        at[key] = pick(odd, c);
        break;
      case 2:
        at[key] = pick(enumValues, c);
        break;
      case 3:
        // A value that is valid somewhere else in the same family: a FIN, a date, a source...
        at[key] = structuredClone(pick(leaves(copy), c));
        break;
      case 4:
        if (typeof target === "object" && target !== null && !Array.isArray(target))
          (target as Record<string, Json>)[pick(keyNames, c)] = pick([...odd, ...enumValues], c >> 3);
        break;
      case 5:
        if (Array.isArray(target)) target.length = 0;
        else at[key] = [];
        break;
      default:
        if (Array.isArray(target) && target.length > 0) target.push(structuredClone(pick(target, c)));
    }
  }
  return copy;
}

function sameVerdict(data: Json): void {
  const byZod = ZAssessmentInput.safeParse(data);
  const byGuard = guardAssessmentInput(data);
  expect(byGuard !== undefined, JSON.stringify(data)).toBe(byZod.success);
  if (byZod.success) expect(byGuard).toEqual(byZod.data);
}

const arbDamages = fc.array(fc.nat(), { minLength: 3, maxLength: 9 });

describe("the input guard accepts and rejects exactly what the zod schema does", () => {
  it("every case file as written", () => {
    for (const input of caseInputs) {
      expect(guardAssessmentInput(input)).toBeDefined();
      sameVerdict(input);
    }
  });

  it("case files damaged at random", () => {
    fc.assert(
      fc.property(fc.nat(caseInputs.length - 1), arbDamages, (i, choices) =>
        sameVerdict(damage(caseInputs[i], choices)),
      ),
      { numRuns: 3_000 },
    );
  });

  it("generated families, whole and damaged", () => {
    fc.assert(
      fc.property(arbFamily, arbDamages, (family, choices) => {
        sameVerdict(family);
        sameVerdict(damage(family, choices));
      }),
      { numRuns: 500 },
    );
  });

  it("each rule across records, broken on purpose", () => {
    type Input = {
      applicationDate: string;
      representative: { fin: string; role: string };
      members: { fin: string; birthDate: string; caresFor?: { fin: string; source: string }[] }[];
      incomes?: Record<string, unknown>[];
      transactions?: Record<string, unknown>[];
      jobOfferRefusals?: Record<string, unknown>[];
      previous?: Record<string, unknown>;
    };
    const base = caseInputs.find((c) => (c as Input).members.length >= 2) as Input;
    const [a, b] = [base.members[0]!, base.members[1]!];
    const breakages: ((c: Input) => void)[] = [
      (c) => (c.members[1]!.fin = a.fin),
      (c) => (c.members[0]!.birthDate = "2099-01-01"),
      (c) => (c.members[0]!.caresFor = [{ fin: "ZZZZZZ9", source: "DECLARED" }]),
      (c) => (c.members[0]!.caresFor = [{ fin: a.fin, source: "DECLARED" }]),
      (c) => (c.members[0]!.caresFor = [{ fin: b.fin, source: "DECLARED" }]),
      (c) =>
        (c.incomes = [{ memberFin: "ZZZZZZ9", type: "WAGE", month: "2019-01", amountQepik: 1, source: "DECLARED" }]),
      (c) =>
        (c.incomes = [
          {
            memberFin: a.fin,
            type: "WAGE",
            month: "2019-01",
            amountQepik: 1,
            source: "AGENCY:tax",
            beyondRegisters: true,
          },
        ]),
      (c) =>
        (c.incomes = [
          {
            memberFin: a.fin,
            type: "WAGE",
            month: "2019-01",
            amountQepik: 1,
            source: "DECLARED",
            beyondRegisters: true,
          },
        ]),
      (c) => (c.representative = { fin: "ZZZZZZ9", role: "FAMILY_MEMBER" }),
      (c) => (c.representative = { fin: "ZZZZZZ9", role: "GUARDIAN" }),
      (c) =>
        (c.transactions = [{ kind: "SALE", date: "2099-01-01", amountQepik: 1, description: "x", source: "DECLARED" }]),
      (c) => (c.jobOfferRefusals = [{ memberFin: a.fin, date: "2099-01-01", offerRef: "x", source: "DECLARED" }]),
      (c) => (c.jobOfferRefusals = [{ memberFin: "ZZZZZZ9", date: "2000-01-01", offerRef: "x", source: "DECLARED" }]),
      (c) => (c.previous = { falseInformationFindings: [{ foundOn: "2099-01-01", decisionRef: "x" }] }),
      (c) =>
        (c.previous = {
          lastAssignment: {
            periodFrom: "2019-02-01",
            periodTo: "2019-01-01",
            countedMemberFins: [a.fin],
            addressId: "x",
          },
        }),
      (c) =>
        (c.previous = {
          lastAssignment: { periodFrom: "2019-01-01", periodTo: "2019-01-01", countedMemberFins: [], addressId: "x" },
        }),
    ];
    for (const broken of breakages) {
      const copy = structuredClone(base);
      broken(copy);
      sameVerdict(copy);
    }
  });

  it("what is not an object at all", () => {
    for (const v of [...odd, [caseInputs[0]], "{}"]) sameVerdict(v);
  });

  it("a rejected input gets zod's problems, field by field", () => {
    fc.assert(
      fc.property(fc.nat(caseInputs.length - 1), arbDamages, (i, choices) => {
        const data = damage(caseInputs[i], choices);
        const byZod = ZAssessmentInput.safeParse(data);
        if (byZod.success) return;
        const problems = byZod.error.issues.map((x) => ({ path: formatPath(x.path), message: describeIssue(x) }));
        let thrown: unknown;
        try {
          parseAssessmentInput(data);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(InvalidInputError);
        expect((thrown as InvalidInputError).problems).toEqual(problems);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the input guard hands valid records back instead of copying them", () => {
  it("a family's lists and records are the caller's own; a list left out gets a new empty one", () => {
    for (const input of caseInputs) {
      const data = structuredClone(input) as { members: object[]; incomes?: object[]; vehicles?: object[] };
      delete data.vehicles;
      const out = guardAssessmentInput(data);
      expect(out).toBeDefined();
      if (data.incomes !== undefined) expect(out?.incomes).toBe(data.incomes);
      expect(out?.vehicles).toEqual([]);
      // A member is handed back when it has every list, and rebuilt with the defaults when it has not.
      data.members.forEach((m, i) => {
        const whole = ["exclusions", "pensions", "caresFor"].every((key) => key in m);
        if (whole) expect(out?.members[i]).toBe(m);
        else expect(out?.members[i]).not.toBe(m);
      });
    }
  });
});
