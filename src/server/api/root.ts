import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";
import { applicationRouter } from "@/server/api/routers/application";
import { auditRouter } from "@/server/api/routers/audit";
import { changesRouter } from "@/server/api/routers/changes";
import { authRouter } from "@/server/api/routers/auth";
import { inspectionRouter } from "@/server/api/routers/inspection";
import { operationsRouter } from "@/server/api/routers/operations";
import { referenceRouter } from "@/server/api/routers/reference";
import { reviewRouter } from "@/server/api/routers/review";
import { whatIfRouter } from "@/server/api/routers/what-if";
import { administrationRouter } from "@/server/api/routers/administration";
import { assistanceYearRouter } from "@/server/api/routers/assistance-year";
import { reportsRouter } from "@/server/api/routers/reports";
import { workspaceRouter } from "@/server/api/routers/workspace";
import { staffSecurityRouter } from "@/server/api/routers/staff-security";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  application: applicationRouter,
  reference: referenceRouter,
  inspection: inspectionRouter,
  review: reviewRouter,
  audit: auditRouter,
  operations: operationsRouter,
  whatIf: whatIfRouter,
  administration: administrationRouter,
  assistanceYear: assistanceYearRouter,
  reports: reportsRouter,
  changes: changesRouter,
  workspace: workspaceRouter,
  staffSecurity: staffSecurityRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
