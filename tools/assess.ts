// Assesses one case file with the ÜDSY engine and prints the result as JSON, so an analyst can try a family
// without the app:   npm run -s assess -- path/to/case.json [--parameters params.json] [--holidays holidays.json]
// The file is a case file ({ title, input, expected? }) or a bare engine input (docs/decision-engine.md).
// Exit code: 0 assessed (and matched `expected` if given), 1 the file is malformed, 2 the result differs from `expected`.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { explainReasons, NO_MEMBER_NAMES } from "../src/server/content/reasons/reason-message";
import { assessFamily, InvalidInputError, parseParameterSet, ZHolidayCalendar } from "../src/server/domain";
import { compareWithExpectation, parseCaseFile } from "../src/server/domain/case-file";
import { SEED_HOLIDAYS } from "../src/server/domain/data/holidays";
import { SEED_PARAMETERS } from "../src/server/domain/data/parameters";

function readJson(path: string): unknown {
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function main(argv: string[]): number {
  const args = [...argv];
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const [, value] = args.splice(at, 2);
    if (value === undefined) throw new Error(`${name} needs a file path`);
    return value;
  };
  const parametersPath = option("--parameters");
  const holidaysPath = option("--holidays");
  const [path] = args;
  if (path === undefined) {
    process.stderr.write(
      "usage: npm run -s assess -- path/to/case.json [--parameters params.json] [--holidays holidays.json]\n",
    );
    return 1;
  }
  try {
    const parameters = parametersPath === undefined ? SEED_PARAMETERS : parseParameterSet(readJson(parametersPath));
    const holidays = holidaysPath === undefined ? SEED_HOLIDAYS : ZHolidayCalendar.parse(readJson(holidaysPath));
    const caseFile = parseCaseFile(readJson(path));
    const result = assessFamily(caseFile.input, { parameters, holidays });
    const differences = caseFile.expected === undefined ? [] : compareWithExpectation(result, caseFile.expected);
    process.stdout.write(
      `${JSON.stringify({ title: caseFile.title, ...result, reasons: explainReasons(result.reasons, NO_MEMBER_NAMES), ...(caseFile.expected ? { matchesExpected: differences.length === 0, differences } : {}) }, null, 2)}\n`,
    );
    return differences.length === 0 ? 0 : 2;
  } catch (error) {
    if (error instanceof InvalidInputError) {
      process.stderr.write(
        `${path}: the case file is malformed:\n${error.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}\n`,
      );
      return 1;
    }
    if (error instanceof z.ZodError) {
      process.stderr.write(
        `parameters or holidays file is malformed:\n${error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n")}\n`,
      );
      return 1;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
