import type { ServiceSpec } from "./child-process";

export interface LocalServiceUrls {
  appUrl: string;
}

/**
 * The local stand-ins for the outside world, started before the app: the Inngest engine, the messaging fakes,
 * the bank and the agency simulators. Each entry adds the env vars the app needs to reach it.
 */
export function localServices(_urls: LocalServiceUrls): { specs: ServiceSpec[]; appEnv: Record<string, string> } {
  return { specs: [], appEnv: {} };
}
