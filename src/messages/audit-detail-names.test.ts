import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { WHAT_IF_FIELDS } from "@/lib/what-if/what-if-request";
import { loadMessages } from "./load-messages";

// The audit log page writes each detail of an entry as "name: value" (components/audit/audit-table.tsx). A detail
// whose name has no words showed its code to the administrator ("secondFactor: none" on a Russian page); this test
// finds every detail the code writes and asks for its name in each language.

type Catalog = { [key: string]: string | Catalog };
const locales = ["az", "ru", "en"] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The keys of an object literal, and of the literals spread into it (`...(x ? { by: x } : {})`). */
function literalKeys(node: ts.Node): string[] {
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalKeys(node.whenTrue), ...literalKeys(node.whenFalse)];
  if (!ts.isObjectLiteralExpression(node)) return [];
  return node.properties.flatMap((p) => {
    if (ts.isSpreadAssignment(p)) return literalKeys(p.expression);
    return p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : [];
  });
}

/**
 * The detail names of every audit entry written in src: object literals with an `action`, an `entity` and
 * `details` (an AuditEntry; a query's `where` on details has no entity). A spread variable is not followed.
 */
function auditDetailKeysInSource(): string[] {
  const found = new Set<string>();
  for (const file of sourceFiles(path.resolve(import.meta.dirname, ".."))) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const names = new Set(literalKeys(node));
        const details = node.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === "details");
        if (names.has("action") && names.has("entity") && details && ts.isPropertyAssignment(details))
          for (const key of literalKeys(details.initializer)) found.add(key);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...found].sort();
}

describe("names of the audit log's details", () => {
  // A what-if run's details spread its request (services/reports/run-what-if-as.ts).
  const keys = [...auditDetailKeysInSource(), ...WHAT_IF_FIELDS];

  it("finds the details in the source (the scan works)", () => {
    expect(keys).toEqual(
      expect.arrayContaining(["amountQepik", "secondFactor", "via", "needsJudgement", "by", "table", "families"]),
    );
  });

  it.each(locales)("names every detail in %s", async (locale) => {
    const messages = (await loadMessages(locale)) as Catalog;
    const group = (...names: string[]) =>
      names.reduce<Catalog | string | undefined>((c, k) => (typeof c === "object" ? c[k] : undefined), messages);
    const named = (key: string) =>
      [group("codes", "auditDetails", key), group("auditLog", "detailNames", key)].some(
        (label) => typeof label === "string" && label !== "",
      );
    expect(keys.filter((key) => !named(key))).toEqual([]);
  });

  // The log holds the bank's branch code only, and the page cannot ask the bank for each row's branch name: the
  // line says it is a code ("bank branch (code): BAK-XTA"), not a name misspelt.
  it.each([
    ["az", "(kod)"],
    ["ru", "(код)"],
    ["en", "(code)"],
  ] as const)("says in %s that a bank branch is given by its code", async (locale, code) => {
    const messages = (await loadMessages(locale)) as { auditLog: { detailNames: Record<string, string> } };
    expect(messages.auditLog.detailNames.branchCode).toContain(code);
  });
});
