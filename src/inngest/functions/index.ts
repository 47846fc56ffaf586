import type { InngestFunction } from "inngest";

/** Every background function the app serves; the engine syncs this list. */
export const functions: InngestFunction.Any[] = [];
