import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AgencyOutcome, NotificationKind, Outcome } from "@/generated/prisma/enums";
import {
  AGENCY_CODES,
  DECLARATION_FIELDS,
  INCOME_TYPES,
  INSPECTION_NOT_DONE_REASONS,
  INSPECTOR_FLAGS,
  REAL_ESTATE_PURPOSES,
  UNOBTAINED_REASONS,
} from "@/kernel/input-enums";
import { PARAMETER_UNITS, SCALAR_PARAMETER_CODES } from "@/server/domain/parameters";
import { REASON_CODES, REASON_KIND_BY_CODE } from "@/server/domain/reasons";
import { zIncomeType } from "@/server/integrations/agencies/agency-facts";
import { ENGINE_AGENCY } from "@/server/services/agencies/engine-codes";
import { loadMessages } from "./load-messages";

// Every code a staff page shows gets its words in each language: a page that finds no label falls back to the raw
// code (components/workspace/code-label.ts), which is what this test keeps from happening.

type Catalog = { [key: string]: string | Catalog };
const locales = ["az", "ru", "en"] as const;
const catalogs = Object.fromEntries(
  await Promise.all(locales.map(async (l) => [l, (await loadMessages(l)) as Catalog] as const)),
) as Record<(typeof locales)[number], Catalog>;

function unlabelled(namespace: string, codes: readonly string[]): string[] {
  return locales.flatMap((locale) => {
    const group = namespace
      .split(".")
      .reduce<Catalog | string | undefined>((c, k) => (typeof c === "object" ? c[k] : undefined), catalogs[locale]);
    // Catalog keys cannot hold dots: "application.read" is labelled as "application_read" (code-label.ts).
    return codes
      .map((code) => code.replaceAll(".", "_"))
      .filter((key) => typeof group !== "object" || typeof group[key] !== "string" || group[key] === "")
      .map((key) => `${locale}: ${namespace}.${key}`);
  });
}

/** What the code writes into the audit log's `field`: the string literals after `field: ` in src (tests excepted). */
function auditLiterals(field: "action" | "entity", pattern: RegExp): string[] {
  const root = path.resolve(import.meta.dirname, "..");
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === "generated" || name === "node_modules") continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(full);
    }
  };
  walk(root);
  const found = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      const at = line.search(new RegExp(`\\b${field}: `));
      if (at < 0) continue;
      for (const m of line.slice(at).matchAll(pattern)) found.add(m[1]!);
    }
  }
  return [...found].sort();
}

const auditActionsInSource = () => auditLiterals("action", /"([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)"/g);
const auditEntitiesInSource = () => auditLiterals("entity", /^entity: "([A-Za-z]+)"/g);

describe("labels of the codes staff pages show", () => {
  it("finds the audit actions in the source (the scan works)", () => {
    const actions = auditActionsInSource();
    expect(actions).toContain("application.read");
    expect(actions).toContain("review.return");
    expect(actions.length).toBeGreaterThan(40);
    expect(auditEntitiesInSource()).toEqual(expect.arrayContaining(["Application", "User"]));
  });

  it.each([
    ["codes.incomeTypes", "the engine's income types", INCOME_TYPES],
    ["codes.incomeTypes", "the agencies' income types", zIncomeType.options],
    ["codes.notificationKinds", "the kinds of message", Object.values(NotificationKind)],
    ["codes.gatewayOutcomes", "the gateway's answers", Object.values(AgencyOutcome)],
    ["codes.outcomes", "the decisions' outcomes", Object.values(Outcome)],
    ["adminConsole.names", "the law parameters", SCALAR_PARAMETER_CODES],
    ["adminConsole.units", "the parameters' units", PARAMETER_UNITS],
    ["reports.grounds", "the refusal grounds", REASON_CODES.filter((c) => REASON_KIND_BY_CODE[c] === "REFUSAL")],
    // The reasons' texts a decision stores (src/server/content/reasons) and the names of what they mention.
    ["reasons.message", "every reason code", REASON_CODES],
    ["reasons.label.agency", "the agencies", AGENCY_CODES],
    ["reasons.label.unobtained", "why an agency's data is missing", UNOBTAINED_REASONS],
    ["reasons.label.declarationField", "the declared figures", [...DECLARATION_FIELDS, "INCOME_12_MONTHS"]],
    ["reasons.label.purpose", "the real-estate purposes", REAL_ESTATE_PURPOSES],
    ["reasons.label.inspectorFlag", "the inspector's flags", INSPECTOR_FLAGS],
    ["reasons.label.inspectionNotDone", "why an inspection is not done", INSPECTION_NOT_DONE_REASONS],
  ] as const)("%s labels %s in every language", (namespace, _what, codes) => {
    expect(unlabelled(namespace, codes)).toEqual([]);
  });

  it("labels every audit action in every language", () => {
    expect(unlabelled("codes.auditActions", auditActionsInSource())).toEqual([]);
  });

  it("labels every kind of record the audit log names, in every language", () => {
    expect(unlabelled("codes.auditEntities", auditEntitiesInSource())).toEqual([]);
  });
});

describe("one name per agency", () => {
  // The staff pages name an agency by the gateway's code (codes.agencies) and the reasons a decision stores name it
  // by the engine's (reasons.label.agency): the same agency read as two bodies until both used these words.
  it.each(locales)("in %s, the staff pages' name of each agency is the reasons' name", (locale) => {
    const group = (names: string[]) =>
      names.reduce<Catalog | string | undefined>(
        (c, k) => (typeof c === "object" ? c[k] : undefined),
        catalogs[locale],
      );
    const staff = group(["codes", "agencies"]);
    const reasons = group(["reasons", "label", "agency"]);
    const pairs = Object.entries(ENGINE_AGENCY).map(([gateway, engine]) => [
      typeof staff === "object" ? staff[gateway] : undefined,
      typeof reasons === "object" ? reasons[engine] : undefined,
    ]);
    for (const [staffName, reasonName] of pairs) {
      expect(staffName).toBeTypeOf("string");
      expect(staffName).toBe(reasonName);
    }
  });
});
