import type { Db } from "@/server/db/create-client";
import { ANNOUNCE_GRACE_MS } from "@/server/services/applications/find-unannounced-submissions";

/**
 * Appeals answered more than ANNOUNCE_GRACE_MS ago whose family was never told: the answer is saved before its
 * `appeal/answered` is sent, so a failed send leaves it unannounced, and the answer's run first queues the
 * APPEAL_ANSWER message (dedupe key `<applicationId>:APPEAL_ANSWER:<appealId>`), so no such message means no run.
 */
export async function findUnannouncedAppealAnswers(
  db: Db,
  opts: { now: Date },
): Promise<{ applicationId: string; appealId: string }[]> {
  const answered = await db.appeal.findMany({
    where: { status: "ANSWERED", answeredAt: { lt: new Date(opts.now.getTime() - ANNOUNCE_GRACE_MS) } },
    orderBy: { answeredAt: "desc" },
    select: { id: true, applicationId: true },
    take: 200,
  });
  const keyOf = (a: { id: string; applicationId: string }) => `${a.applicationId}:APPEAL_ANSWER:${a.id}`;
  const told = new Set(
    (
      await db.notification.findMany({ where: { dedupeKey: { in: answered.map(keyOf) } }, select: { dedupeKey: true } })
    ).map((n) => n.dedupeKey),
  );
  return answered.filter((a) => !told.has(keyOf(a))).map((a) => ({ applicationId: a.applicationId, appealId: a.id }));
}
