import type { Queryable } from "./db";

export interface CronRow {
  function_id: string;
  cron: string;
  next_at: Date;
}

/** Keeps a schedule's next firing when the cron is unchanged, so a re-sync does not skip or repeat one. */
export async function replaceCrons(
  client: Queryable,
  s: string,
  functionIds: string[],
  crons: { functionId: string; cron: string; nextAt: Date }[],
): Promise<void> {
  await client.query(
    `DELETE FROM ${s}.crons WHERE function_id = ANY($1::text[])
       AND NOT ((function_id, cron) IN (SELECT * FROM unnest($2::text[], $3::text[])))`,
    [functionIds, crons.map((c) => c.functionId), crons.map((c) => c.cron)],
  );
  for (const c of crons) {
    await client.query(
      `INSERT INTO ${s}.crons (function_id, cron, next_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [c.functionId, c.cron, c.nextAt],
    );
  }
}

export async function deleteCronsOfRemovedFunctions(client: Queryable, s: string): Promise<void> {
  await client.query(
    `DELETE FROM ${s}.crons c WHERE NOT EXISTS (SELECT 1 FROM ${s}.functions f WHERE f.id = c.function_id)`,
  );
}

export async function lockDueCrons(client: Queryable, s: string, now: Date): Promise<CronRow[]> {
  const { rows } = await client.query<CronRow>(
    `SELECT * FROM ${s}.crons WHERE next_at <= $1 ORDER BY next_at LIMIT 50 FOR UPDATE SKIP LOCKED`,
    [now],
  );
  return rows;
}

export async function setNextCron(
  client: Queryable,
  s: string,
  functionId: string,
  cron: string,
  nextAt: Date,
): Promise<void> {
  await client.query(`UPDATE ${s}.crons SET next_at = $3 WHERE function_id = $1 AND cron = $2`, [
    functionId,
    cron,
    nextAt,
  ]);
}

/** The admin "fire now": the function's schedules fall due at once (the firing then sets the next one as usual). */
export async function makeCronsDue(client: Queryable, s: string, functionId: string, now: Date): Promise<number> {
  const { rowCount } = await client.query(`UPDATE ${s}.crons SET next_at = $2 WHERE function_id = $1`, [
    functionId,
    now,
  ]);
  return rowCount ?? 0;
}
