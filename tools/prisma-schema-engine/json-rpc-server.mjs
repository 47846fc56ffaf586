import { createInterface } from "node:readline";
import { createDatabase } from "./database-admin.mjs";

// What the native engine answers with when a command fails; the CLI reads `data`.
const ENGINE_ERROR = 4466;
const METHOD_NOT_FOUND = -32601;

function errorData(error) {
  // A Rust panic surfaces as a WebAssembly trap (RuntimeError); the engine's own errors carry a P-code.
  const isPanic = error instanceof globalThis.WebAssembly.RuntimeError;
  return {
    is_panic: isPanic,
    message: error instanceof Error ? error.message : String(error),
    ...(error?.code ? { error_code: error.code } : {}),
    ...(error?.meta ? { meta: error.meta } : {}),
    ...(isPanic ? { error: { message: String(error?.message ?? error) } } : {}),
  };
}

/**
 * Serves the CLI's JSON-RPC 2.0 requests (one JSON object a line on stdin, answers on stdout) with the wasm
 * engine, one request at a time as the native engine does.
 */
export function serveJsonRpc({ engine, datasource }) {
  const pendingPrints = new Map();
  let nextPrintId = 1;
  const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  // `diff` returns its text instead of printing it; the native engine asks the CLI to print it with a `print`
  // request, and the CLI only shows diff output that arrives that way.
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${nextPrintId++}`;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const methods = {
    async diff(params) {
      const result = await engine.diff(params);
      if (result.stdout) await print(result.stdout);
      return { exitCode: result.exitCode, stdout: null };
    },
    // Both only find the shadow database after a `devDiagnostic` on the same engine instance.
    async evaluateDataLoss(params) {
      await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
      return engine.evaluateDataLoss(params);
    },
    async createMigration(params) {
      await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
      return engine.createMigration(params);
    },
    // Not an engine method in wasm (the wasm engine is handed an open connection, never a server to create on).
    createDatabase: (params) => createDatabase(params?.datasource?.url ?? datasource.url),
    getDatabaseVersion: (params) => engine.version(params ?? null),
    async debugPanic() {
      engine.debugPanic();
      return {};
    },
  };
  for (const name of [
    "applyMigrations",
    "dbExecute",
    "devDiagnostic",
    "diagnoseMigrationHistory",
    "ensureConnectionValidity",
    "introspect",
    "introspectSql",
    "markMigrationApplied",
    "markMigrationRolledBack",
    "reset",
    "schemaPush",
    "version",
  ]) {
    methods[name] ??= (params) => engine[name](params);
  }

  let queue = Promise.resolve();
  const handle = async (request) => {
    const method = methods[request.method];
    if (!method) {
      send({
        jsonrpc: "2.0",
        id: request.id,
        error: { code: METHOD_NOT_FOUND, message: `Method not found: ${request.method}` },
      });
      return;
    }
    try {
      const result = await method(request.params ?? {});
      // The engine resolves void commands (reset, dbExecute) with undefined; JSON-RPC needs a result.
      send({ jsonrpc: "2.0", id: request.id, result: result ?? {} });
    } catch (error) {
      send({
        jsonrpc: "2.0",
        id: request.id,
        error: {
          code: ENGINE_ERROR,
          message: "An error happened. Check the data field for details.",
          data: errorData(error),
        },
      });
    }
  };

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  // The CLI ends stdin to stop the engine; the pg pools would otherwise keep the process alive.
  lines.on("close", () => queue.then(() => process.exit(0)));
}
