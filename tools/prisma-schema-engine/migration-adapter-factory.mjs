import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { CatalogAwareClient } from "./catalog-aware-pg-client.mjs";
import { connectionFields, quoteIdentifier, schemaOf, withServerConnection } from "./connection-config.mjs";
import { fitForSchemaEngine } from "./engine-adapter-fixes.mjs";

async function connectAdapter(url, database) {
  const schema = schemaOf(url);
  const factory = new PrismaPg(
    { ...connectionFields(url, database), Client: CatalogAwareClient },
    schema ? { schema } : undefined,
  );
  return fitForSchemaEngine(await factory.connect());
}

/**
 * The migration-aware driver adapter factory the wasm engine takes in place of a connection string.
 *
 * The shadow database is made here rather than by PrismaPg's own `connectToShadowDb`, because that one, given a
 * URL, connects to the main database instead (see connection-config.mjs), and drops its database without FORCE,
 * which fails while the pool still holds connections and leaves `prisma_migrate_shadow_db_*` databases behind.
 */
export function migrationAdapterFactory({ url, shadowDatabaseUrl }) {
  const noUrl = async () => {
    throw new Error("No database URL: set `datasource.url` in prisma.config.ts (DATABASE_URL).");
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: url ? () => connectAdapter(url) : noUrl,
    connectToShadowDb: async () => {
      if (shadowDatabaseUrl) {
        // The wasm engine uses a configured shadow database as it finds it, where the native engine empties it
        // first; migrations already applied there by an earlier run would fail with "already exists".
        const adapter = await connectAdapter(shadowDatabaseUrl);
        const schema = quoteIdentifier(schemaOf(shadowDatabaseUrl) ?? "public");
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
        return adapter;
      }
      if (!url) return noUrl();
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await withServerConnection(url, (c) => c.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
      const drop = () =>
        withServerConnection(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
      let adapter;
      try {
        adapter = await connectAdapter(url, name);
      } catch (error) {
        await drop();
        throw error;
      }
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        try {
          await dispose();
        } finally {
          await drop();
        }
      };
      return adapter;
    },
  });
}
