import { describe, expect, it } from "vitest";
import { SEED_HOLIDAY_ENTRIES } from "./holidays";
import { SEED_PARAMETER_DEFINITIONS } from "./parameters";

// The administrators read these in the console, in any of its languages: the acts by their Azerbaijani titles,
// never the English working notes or the project's own files they were once seeded as.
const references = [
  ...SEED_PARAMETER_DEFINITIONS.flatMap((d) => d.values.map((v) => v.legalReference)),
  ...SEED_HOLIDAY_ENTRIES.map((e) => e.legalReference),
];

describe("the seeded legal references", () => {
  it.each([...new Set(references)])("%s cites in Azerbaijani", (reference) => {
    expect(reference).not.toMatch(/\b(Law|Decision|Code|Cabinet|art\.|amendment|RULES\.md|design)\b/);
    expect(reference).not.toMatch(/\.md\b|docs\//);
    expect(reference).toMatch(/Qanun|Qərar|Məcəllə|məlumat|müəyyən edilməyib/);
  });
});
