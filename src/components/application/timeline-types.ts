import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type CitizenApplicationView = inferRouterOutputs<AppRouter>["application"]["timeline"];
export type TimelineEvent = CitizenApplicationView["events"][number];
