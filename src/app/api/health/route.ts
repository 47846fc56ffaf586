import { getDb } from "@/server/db/client";
import { scopedLogger } from "@/server/observability/logger";
import { healthFaultLog } from "./fault-log";

const faults = healthFaultLog(scopedLogger("health"));

/** Liveness and database reachability, for the start script, the test harness and load balancers. */
export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    faults.passed();
    return Response.json({ ok: true });
  } catch (error) {
    // The answer stays a bare 503 (anyone may ask); the cause goes to the log, once (fault-log.ts).
    faults.failed(error);
    return Response.json({ ok: false }, { status: 503 });
  }
}
