import { getDb } from "@/server/db/client";
import { checkReadiness, engineUrl } from "@/server/services/operations/check-readiness";

// Readiness, for load balancers and orchestrators: unlike /api/health (liveness), it also asks the background
// engine, and answers 503 with the names of what is down, e.g. {"ok":false,"down":["engine"]}.

export async function GET() {
  const readiness = await checkReadiness(getDb(), engineUrl());
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
