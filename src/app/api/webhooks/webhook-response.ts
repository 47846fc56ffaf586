import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db/client";
import { AppError, appErrorStatus } from "@/server/errors";
import { clientAddressOf, preferredLocaleOf } from "@/lib/security/client-address";
import { consumeRateLimit } from "@/server/services/security/consume-rate-limit";
import { WEBHOOK_LIMIT } from "@/server/services/security/rate-limits";

/**
 * Runs a callback's service and answers the provider: 200 when applied (or ignored as already applied), the
 * AppError's status (400 malformed, 401 bad signature, 404 unknown message) when refused. Anything else is a
 * 500, which makes the provider send the callback again later. Past the provider's rate limit per sending address:
 * 429 with Retry-After and a message in the sender's language, before the body is even checked.
 */
export async function webhookResponse(
  req: Request,
  provider: "bank" | "resend" | "twilio",
  apply: () => Promise<{ changed: boolean }>,
): Promise<Response> {
  try {
    await consumeRateLimit(getDb(), `webhook:${provider}:${clientAddressOf(req.headers)}`, WEBHOOK_LIMIT, new Date());
    const { changed } = await apply();
    return Response.json({ ok: true, changed });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    if (err.code === "rateLimited") {
      const t = await getTranslations({ locale: preferredLocaleOf(req.headers), namespace: "errors" });
      const retryAfter = String(err.details.retryAfterSeconds ?? WEBHOOK_LIMIT.windowSeconds);
      return Response.json(
        { ok: false, error: err.code, message: t("rateLimited") },
        { status: 429, headers: { "Retry-After": retryAfter } },
      );
    }
    const status = getHTTPStatusCodeFromError(new TRPCError({ code: appErrorStatus[err.code] }));
    return Response.json({ ok: false, error: err.code }, { status });
  }
}
