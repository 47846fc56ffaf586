import { currentUser } from "@/server/auth";
import { getDb } from "@/server/db/client";
import { whatIfCsvAs } from "@/server/services/reports/what-if-csv";
import { routing, type AppLocale } from "@/i18n/routing";
import { ZWhatIfRequest } from "@/lib/what-if/what-if-request";

// The what-if's district table as CSV, for the ministry's administrators. Errors carry a code and no text.

const noStore = { "Cache-Control": "private, no-store" };

export async function GET(req: Request): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: "notSignedIn" }, { status: 401, headers: noStore });
  if (user.role !== "ADMIN") return Response.json({ error: "forbidden" }, { status: 403, headers: noStore });
  const { locale: asked, ...query } = Object.fromEntries(new URL(req.url).searchParams);
  // The page's language names the districts; anything else reads as Azerbaijani.
  const locale: AppLocale = routing.locales.find((l) => l === asked) ?? routing.defaultLocale;
  const request = ZWhatIfRequest.safeParse(query);
  if (!request.success) return Response.json({ error: "invalidInput" }, { status: 400, headers: noStore });
  return new Response(await whatIfCsvAs(getDb(), user, request.data, locale), {
    headers: {
      ...noStore,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="what-if-${request.data.asOf}.csv"`,
    },
  });
}
