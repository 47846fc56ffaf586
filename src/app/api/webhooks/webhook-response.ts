import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { AppError, appErrorStatus } from "@/server/errors";

/**
 * Runs a callback's service and answers the provider: 200 when applied (or ignored as already applied), the
 * AppError's status (400 malformed, 401 bad signature, 404 unknown message) when refused. Anything else is a
 * 500, which makes the provider send the callback again later.
 */
export async function webhookResponse(apply: () => Promise<{ changed: boolean }>): Promise<Response> {
  try {
    const { changed } = await apply();
    return Response.json({ ok: true, changed });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const status = getHTTPStatusCodeFromError(new TRPCError({ code: appErrorStatus[err.code] }));
    return Response.json({ ok: false, error: err.code }, { status });
  }
}
