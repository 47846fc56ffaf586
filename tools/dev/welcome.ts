import { DEMO_STAFF_PASSWORD, staff } from "../../prisma/seed-data/staff";
import type { ServiceSpec } from "./child-process";

/** What a newcomer needs on screen once everything is up: where to go and how to sign in. */
export function printWelcome(appUrl: string, services: ServiceSpec[]): void {
  const lines = [
    "",
    `vemtas is running: ${appUrl}/az  (Russian: ${appUrl}/ru, English: ${appUrl}/en)`,
    ...services.filter((s) => s.readyUrl).map((s) => `  ${s.name}: ${new URL(s.readyUrl ?? "").origin}`),
    "",
    "Citizens: sign in with any FIN (7 letters/digits) and an Azerbaijani mobile number (from then on that FIN's",
    "          codes go to that number only); the one-time code appears in the SMS inbox (or on this console).",
    `Staff (password "${DEMO_STAFF_PASSWORD}"):`,
    ...staff
      .filter((s, i, all) => all.findIndex((o) => o.role === s.role && o.districtCode === s.districtCode) === i)
      .slice(0, 12)
      .map((s) => `  ${s.role.padEnd(10)} ${s.email.padEnd(38)} ${s.districtCode ?? "all districts"}`),
    "",
    "Ctrl-C stops everything.",
    "",
  ];
  console.info(lines.join("\n"));
}
