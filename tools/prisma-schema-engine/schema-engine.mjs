#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI downloads from a host this project's
// machines cannot reach. prisma.config.ts names this file in PRISMA_SCHEMA_ENGINE_BINARY; it serves the same
// protocol with the same engine, compiled to WebAssembly (@prisma/schema-engine-wasm), over @prisma/adapter-pg.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { canConnectToDatabase, createDatabase, dropDatabase, toUserFacingError } from "./database-admin.mjs";
import { serveJsonRpc } from "./json-rpc-server.mjs";
import { loadWasmSchemaEngine } from "./load-wasm-engine.mjs";
import { logError } from "./log-lines.mjs";
import { migrationAdapterFactory } from "./migration-adapter-factory.mjs";

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  strict: false,
  options: {
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
    version: { type: "boolean", short: "V" },
    help: { type: "boolean", short: "h" },
  },
});

const datasource = flags.datasource ? JSON.parse(flags.datasource) : {};

async function main() {
  if (flags.version) {
    const { version } = await loadWasmSchemaEngine();
    // The CLI shows this line in `prisma --version`; it reads the engine's git hash from it.
    process.stdout.write(`schema-engine-cli ${version()} (wasm)\n`);
    return;
  }
  if (flags.help) {
    process.stdout.write(
      "Usage: schema-engine [--datamodels FILE]... [--datasource JSON] [cli can-connect-to-database|create-database|drop-database]\n",
    );
    return;
  }
  if (positionals[0] === "cli") {
    await runCliCommand(positionals[1]);
    return;
  }
  const glue = await loadWasmSchemaEngine();
  const datamodels = await Promise.all(
    (flags.datamodels ?? []).map(async (path) => [path, await readFile(path, "utf8")]),
  );
  const engine = await glue.SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    // The engine's log lines are already in the native engine's stderr format: `{level, fields, target}`.
    (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`),
    migrationAdapterFactory(datasource),
  );
  serveJsonRpc({ engine, datasource });
}

async function runCliCommand(command) {
  // The CLI skips the first stderr line of a `cli` command, where the native engine announces itself.
  process.stderr.write(
    `${JSON.stringify({ level: "INFO", fields: { message: "Starting schema engine CLI (wasm stand-in)" }, target: "schema_engine::logger" })}\n`,
  );
  const url = datasource.url;
  if (!url)
    throw toUserFacingError(
      new Error("No datasource URL was given (--datasource '{\"url\": ...}')."),
      "postgresql://localhost/",
    );
  switch (command) {
    case "can-connect-to-database":
      await canConnectToDatabase(url);
      process.stdout.write("Connection successful\n");
      return;
    case "create-database": {
      const { databaseName } = await createDatabase(url);
      process.stdout.write(`Database '${databaseName}' was successfully created.\n`);
      return;
    }
    case "drop-database":
      await dropDatabase(url);
      process.stdout.write("The database was successfully dropped.\n");
      return;
    default:
      throw new Error(`Unknown cli command: ${command}`);
  }
}

main().catch((error) => {
  logError(error);
  process.exit(1);
});
