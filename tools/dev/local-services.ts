import { createHmac } from "node:crypto";
import path from "node:path";
import type { ServiceSpec } from "./child-process";

const root = path.resolve(import.meta.dirname, "../..");
/**
 * `node --import tsx <file>` rather than the tsx CLI: the CLI is a wrapper process around a second node (twice the
 * memory at rest), and the PID held would be the wrapper's, so SIGTERM would not reach the service itself.
 */
export function nodeWithTsx(file: string): { command: string; args: string[] } {
  return { command: process.execPath, args: ["--import", "tsx", path.join(root, file)] };
}

export interface LocalServiceOptions {
  appUrl: string;
  /** Local secrets for the fakes are derived from it, so every process agrees without a config file. */
  localSecret: string;
}

// Ports of the local stand-ins; each can be moved with its own variable.
const ports = {
  inngest: Number(process.env.INNGEST_LOCAL_PORT ?? 8288),
  messaging: Number(process.env.MESSAGING_FAKE_PORT ?? 8025),
  bank: Number(process.env.BANK_SIM_PORT ?? 8030),
  agencies: Number(process.env.AGENCY_SIM_PORT ?? 8040),
  egov: Number(process.env.EGOV_IDP_PORT ?? 8050),
};

/**
 * The local stand-ins for the outside world, started before the app: the Inngest engine, the messaging fakes
 * (Resend and Twilio), the bank simulator, the simulator of the 20 agencies behind the e-government gateway and the
 * e-government identity service. Each adds the env vars the app needs to reach it; values already set in the
 * environment win, so a developer can point the app at a real provider.
 */
export function localServices(opts: LocalServiceOptions): { specs: ServiceSpec[]; appEnv: Record<string, string> } {
  const secret = (name: string) => createHmac("sha256", opts.localSecret).update(name).digest("hex");
  const messagingUrl = `http://127.0.0.1:${ports.messaging}`;
  const bankUrl = `http://127.0.0.1:${ports.bank}`;

  const inngestUrl = `http://127.0.0.1:${ports.inngest}`;
  const agenciesUrl = `http://127.0.0.1:${ports.agencies}`;
  const egovUrl = `http://127.0.0.1:${ports.egov}`;

  const appEnv: Record<string, string> = {
    APP_BASE_URL: opts.appUrl,
    // Dev mode of the Inngest SDK, pointed at the local engine (the only switch between engines).
    INNGEST_DEV: inngestUrl,
    RESEND_API_KEY: `re_local_${secret("resend-key").slice(0, 24)}`,
    RESEND_BASE_URL: messagingUrl,
    RESEND_WEBHOOK_SECRET: `whsec_${Buffer.from(secret("resend-webhook"), "hex").toString("base64")}`,
    MAIL_FROM: "VEMTAS <no-reply@vemtas.local>",
    TWILIO_ACCOUNT_SID: `AC${secret("twilio-sid").slice(0, 32)}`,
    TWILIO_AUTH_TOKEN: secret("twilio-token").slice(0, 32),
    TWILIO_FROM: "VEMTAS",
    TWILIO_API_BASE_URL: messagingUrl,
    BANK_API_BASE_URL: bankUrl,
    BANK_API_KEY: secret("bank-key"),
    BANK_CALLBACK_SECRET: secret("bank-callback"),
    MESSAGING_FAKE_URL: messagingUrl,
    AGENCY_GATEWAY_BASE_URL: agenciesUrl,
    AGENCY_GATEWAY_TOKEN: secret("agency-gateway"),
    AGENCY_SIM_TOKEN: secret("agency-gateway"),
    EGOV_OIDC_ISSUER: egovUrl,
    EGOV_OIDC_CLIENT_ID: "vemtas-local",
    EGOV_OIDC_CLIENT_SECRET: secret("egov-client"),
  };
  for (const key of Object.keys(appEnv)) appEnv[key] = process.env[key] ?? appEnv[key] ?? "";

  const specs: ServiceSpec[] = [
    {
      name: "inngest-local",
      ...nodeWithTsx("tools/inngest-local/main.ts"),
      // The engine reaches the app on 127.0.0.1: Next binds there, and `localhost` may resolve to ::1 first.
      env: {
        INNGEST_LOCAL_PORT: String(ports.inngest),
        INNGEST_LOCAL_APP_URLS: `${opts.appUrl.replace("localhost", "127.0.0.1")}/api/inngest`,
      },
      readyUrl: `${inngestUrl}/health`,
    },
    {
      name: "messaging-fake",
      ...nodeWithTsx("tools/fakes/messaging-fake.ts"),
      env: { MESSAGING_FAKE_PORT: String(ports.messaging) },
      readyUrl: `${messagingUrl}/health`,
    },
    {
      name: "bank-sim",
      ...nodeWithTsx("tools/fakes/bank-sim.ts"),
      env: { BANK_SIM_PORT: String(ports.bank) },
      readyUrl: `${bankUrl}/health`,
    },
    {
      name: "egov-idp",
      ...nodeWithTsx("tools/fakes/egov-idp.ts"),
      env: {
        EGOV_IDP_PORT: String(ports.egov),
        EGOV_OIDC_CLIENT_ID: appEnv.EGOV_OIDC_CLIENT_ID ?? "",
        EGOV_OIDC_CLIENT_SECRET: appEnv.EGOV_OIDC_CLIENT_SECRET ?? "",
        // The origin Auth.js builds the return address from: APP_BASE_URL's, the one set if any.
        EGOV_IDP_APP_ORIGINS: new URL(appEnv.APP_BASE_URL || opts.appUrl).origin,
      },
      readyUrl: `${egovUrl}/health`,
    },
    {
      name: "agency-sim",
      ...nodeWithTsx("tools/agency-sim/main.ts"),
      env: { AGENCY_SIM_PORT: String(ports.agencies) },
      readyUrl: `${agenciesUrl}/health`,
    },
  ];
  return { specs, appEnv };
}
