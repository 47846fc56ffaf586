import { Inngest } from "inngest";
import { ObservabilityMiddleware } from "./observability-middleware";

// The same code runs on Inngest Cloud, a self-hosted Inngest, the Inngest Dev Server or the project's local
// engine: INNGEST_DEV=1 (or a URL) selects dev mode, otherwise INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY apply.
// The middleware gives every run its log context and every step its trace span.
export const inngest = new Inngest({ id: "vemtas", middleware: [ObservabilityMiddleware] });
