/**
 * The one list of business errors. Each code has a message in every catalog under `errors.<code>`, so the
 * client shows it in the user's language; the mapping to tRPC/HTTP status lives here and nowhere else.
 */
export const appErrorStatus = {
  finFormat: "BAD_REQUEST",
  phoneFormat: "BAD_REQUEST",
  codeRateLimited: "TOO_MANY_REQUESTS",
  codeWrong: "BAD_REQUEST",
  codeExpired: "BAD_REQUEST",
  codeBurned: "BAD_REQUEST",
  credentialsInvalid: "UNAUTHORIZED",
  notSignedIn: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  notFound: "NOT_FOUND",
  invalidInput: "BAD_REQUEST",
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "AppError";
  }
}
