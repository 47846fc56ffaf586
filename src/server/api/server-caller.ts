import "server-only";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { currentUser } from "@/server/auth";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";

/** tRPC for server components: the same procedures and checks as the browser gets, without HTTP. */
export const serverApi = cache(async () =>
  createCaller({ db: getDb(), user: await currentUser(), now: new Date(), authSecret: env().AUTH_SECRET }),
);
