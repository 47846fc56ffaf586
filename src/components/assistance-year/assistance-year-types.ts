import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** The assistance year of one application as `assistanceYear.months` returns it. */
export type AssistanceYearView = inferRouterOutputs<AppRouter>["assistanceYear"]["months"];
