import { Inngest } from "inngest";

// The same code runs on Inngest Cloud, a self-hosted Inngest, the Inngest Dev Server or the project's local
// engine: INNGEST_DEV=1 (or a URL) selects dev mode, otherwise INNGEST_SIGNING_KEY and INNGEST_EVENT_KEY apply.
export const inngest = new Inngest({ id: "vemtas" });
