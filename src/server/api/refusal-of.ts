import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { isIsoDate } from "@/kernel/calendar-date";
import { AppError } from "@/server/errors";

/** Why the server refused a call, as a catalog key (`errors.<code>`) and the field it is about. */
export interface Refusal {
  code: string;
  field: string | null;
  /** The calendar days the message names ("from {until}"), ISO; the page writes them in its language. */
  days?: Record<string, string>;
}

/** Only an error's days travel with it: its other details (FINs, counts) are not the browser's business. */
function daysOf(details: Record<string, string | number>): Record<string, string> | undefined {
  const days = Object.entries(details).filter(
    (e): e is [string, string] => typeof e[1] === "string" && isIsoDate(e[1]),
  );
  return days.length > 0 ? Object.fromEntries(days) : undefined;
}

/**
 * The refusal behind an error a procedure threw, in the shape the browser's tRPC client reads (see the error
 * formatter in `trpc.ts`), or null for a fault that is not the caller's doing and is worth retrying.
 */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof TRPCError)) return null;
  const cause = error.cause;
  if (cause instanceof AppError) {
    const field = typeof cause.details.field === "string" ? cause.details.field : null;
    const days = daysOf(cause.details);
    return days ? { code: cause.code, field, days } : { code: cause.code, field };
  }
  if (error.code === "FORBIDDEN") return { code: "forbidden", field: null };
  if (error.code !== "BAD_REQUEST") return null;
  const first = cause instanceof ZodError ? cause.issues[0] : undefined;
  const code = first?.message.startsWith("errors.") ? first.message.slice("errors.".length) : "invalidInput";
  return { code, field: first ? first.path.join(".") : null };
}
