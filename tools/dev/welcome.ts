import { DEMO_STAFF_PASSWORD, staff } from "../../prisma/seed-data/staff";
import type { ServiceSpec } from "./child-process";

/**
 * Next's own start-up banner names the address it listens on ("- Local: http://127.0.0.1:3000"). Sign-in works on
 * one host name only, APP_BASE_URL's: Auth.js's cookies are per host, and the e-Gov stand-in returns only to that
 * origin. So the banner's address is rewritten to APP_BASE_URL's origin, and the console names one address to open.
 */
export function pointBannerAt(line: string, listening: string, appBaseUrl: string): string {
  const origin = new URL(appBaseUrl).origin;
  return line.split(new URL(listening).origin).join(origin);
}

/** The lines a newcomer needs on screen once everything is up: where to go and how to sign in. */
export function welcomeLines(appBaseUrl: string, services: ServiceSpec[]): string[] {
  const appUrl = new URL(appBaseUrl).origin;
  return [
    "",
    `vemtas is running: ${appUrl}/az  (Russian: ${appUrl}/ru, English: ${appUrl}/en)`,
    `  open it at this address (APP_BASE_URL): sign-in, e-Gov's return included, works on this host name only`,
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
}

/** Prints welcomeLines: `appBaseUrl` is APP_BASE_URL, the address sign-in builds its return addresses from. */
export function printWelcome(appBaseUrl: string, services: ServiceSpec[]): void {
  console.info(welcomeLines(appBaseUrl, services).join("\n"));
}
