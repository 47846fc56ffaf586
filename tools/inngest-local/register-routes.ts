import type { EngineContext } from "./context";
import { HttpError, type Router } from "./http-server";
import { ZRegisterBody } from "./protocol";
import { hashedSigningKey } from "./signing";
import { registerApp } from "./sync-app";

/**
 * `POST /fn/register`: the out-of-band sync the SDK performs itself when the app receives a plain
 * `PUT /api/inngest`. In cloud mode the SDK authenticates with `Bearer <hashed signing key>`.
 */
export function addRegisterRoutes(router: Router, ctx: EngineContext): void {
  router.add("POST", "/fn/register", async (req) => {
    const key = ctx.settings.signingKey;
    if (key && req.headers.authorization !== `Bearer ${hashedSigningKey(key)}`) {
      throw new HttpError(401, "unauthorized", { status: 401, error: "register: missing or wrong signing key" });
    }
    const parsed = ZRegisterBody.safeParse(await req.body());
    if (!parsed.success)
      throw new HttpError(400, "invalid register body", {
        status: 400,
        error: `invalid register body: ${parsed.error.message}`,
      });
    try {
      const { modified } = await registerApp(ctx, {
        appId: parsed.data.appName,
        url: parsed.data.url,
        sdk: parsed.data.sdk,
        framework: parsed.data.framework,
        functions: parsed.data.functions,
      });
      return { status: 200, body: { status: 200, ok: true, modified, skipped: false } };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new HttpError(400, message, { status: 400, error: message });
    }
  });
}
