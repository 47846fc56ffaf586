/**
 * Writes an error as the native engine's ERROR log line on stderr: the CLI looks for
 * `{level: "ERROR", target: "schema_engine::logger", fields: {message, error_code}}` to explain a failed `cli`
 * command, and keeps the last ERROR line's message when the engine exits.
 */
export function logError(error) {
  const fields = { message: error instanceof Error ? error.message : String(error) };
  if (error?.code && /^P\d{4}$/.test(error.code)) fields.error_code = error.code;
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level: "ERROR", fields, target: "schema_engine::logger" })}\n`,
  );
}
