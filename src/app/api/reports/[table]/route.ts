import { currentUser } from "@/server/auth";
import { getDb } from "@/server/db/client";
import { reportCsvResponse } from "./csv-response";

/** One table of the programme reports as CSV: a supervisor's district, or the ministry's choice (see csv-response.ts). */
export async function GET(req: Request, { params }: { params: Promise<{ table: string }> }): Promise<Response> {
  return reportCsvResponse(
    getDb(),
    await currentUser(),
    (await params).table,
    new URL(req.url).searchParams,
    new Date(),
  );
}
