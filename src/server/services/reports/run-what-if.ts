import type { Db } from "@/server/db/create-client";
import type { IsoDate } from "@/kernel/calendar-date";
import { compileFamilies } from "@/server/domain/batch/compile-families";
import { comparePolicy, type PolicyComparison } from "@/server/domain/batch/compare-policy";
import type { Policy } from "@/server/domain/batch/policy";
import { loadParameterSet } from "@/server/services/law/law-data";
import { loadWhatIfFamilies } from "./load-what-if-families";

export interface WhatIfRun extends PolicyComparison {
  skipped: number;
}

/** What `policy` would have done to every family decided in the 12 months before `asOf`, against what was decided. */
export async function runWhatIf(db: Db, opts: { asOf: IsoDate; policy: Policy }): Promise<WhatIfRun> {
  const { inputs, actual, skipped } = await loadWhatIfFamilies(db, { asOf: opts.asOf });
  const compiled = compileFamilies(inputs, await loadParameterSet(db));
  return { ...comparePolicy(compiled, actual, opts.policy), skipped };
}
