import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { applicationRouter } from "@/server/api/routers/application";
import { authRouter } from "@/server/api/routers/auth";
import { referenceRouter } from "@/server/api/routers/reference";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  application: applicationRouter,
  reference: referenceRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
