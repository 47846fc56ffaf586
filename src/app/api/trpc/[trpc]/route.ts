import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { currentSessionStanding } from "@/server/auth";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { clientAddressOf } from "@/lib/security/client-address";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => {
      const standing = await currentSessionStanding();
      return {
        db: getDb(),
        user: standing?.kind === "active" ? standing.user : null,
        totpEnrollee: standing?.kind === "totpEnrolment" ? standing.user : null,
        now: new Date(),
        authSecret: env().AUTH_SECRET,
        // A proxy's id when it sends one (so its access log and ours line up), else our own; bounded in length.
        requestId: req.headers.get("x-request-id")?.slice(0, 100) || randomUUID(),
        clientAddress: clientAddressOf(req.headers),
      };
    },
  });

export { handler as GET, handler as POST };
