import { getDb } from "@/server/db/client";

/** Liveness and database reachability, for the start script, the test harness and load balancers. */
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
