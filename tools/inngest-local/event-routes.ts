import type { EngineContext } from "./context";
import { ingestEvents } from "./event-processor";
import { HttpError, type Router } from "./http-server";
import { ZEventPost } from "./protocol";

/**
 * `POST /e/:key` as the SDK's `send()` expects it: a JSON array (or one object) of events; the reply must carry
 * `status: 200`, or the SDK treats the send as failed. With an event key configured, other keys get 401.
 */
export function addEventRoutes(router: Router, ctx: EngineContext): void {
  router.add("POST", "/e/:key", async (req) => {
    const expected = ctx.settings.eventKey;
    if (expected && req.params.key !== expected) {
      throw new HttpError(401, "event key not found", { ids: [], status: 401, error: "Event key not found" });
    }
    const parsed = ZEventPost.safeParse(await req.body());
    if (!parsed.success) {
      throw new HttpError(400, "invalid events", {
        ids: [],
        status: 400,
        error: `invalid event payload: ${parsed.error.message}`,
      });
    }
    const payloads = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
    const ids = await ingestEvents(ctx, payloads);
    return { status: 200, body: { ids, status: 200 } };
  });
}
