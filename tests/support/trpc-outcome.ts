import { TRPCError } from "@trpc/server";

/** How a procedure call ended, for tests of who may call it: "OK", or the tRPC error's code ("FORBIDDEN"). */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    return e instanceof TRPCError ? e.code : String(e);
  }
}
