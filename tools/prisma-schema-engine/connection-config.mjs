import pg from "pg";

/**
 * Splits a PostgreSQL URL into discrete pg fields.
 *
 * Why not `{ connectionString }`: @prisma/adapter-pg opens the shadow database by spreading its config and
 * setting `database`, but pg lets a `connectionString` win over `database`, so the "shadow" database silently
 * becomes the main one (and `migrate dev` then resets the developer's data). With discrete fields, `database`
 * really selects the database.
 */
export function connectionFields(url, database) {
  const u = new URL(url);
  if (u.protocol !== "postgresql:" && u.protocol !== "postgres:") {
    throw new Error(`The schema engine stand-in only speaks PostgreSQL, not ${u.protocol.replace(/:$/, "")}`);
  }
  const q = u.searchParams;
  const sslmode = q.get("sslmode");
  return {
    // `?host=/run/postgresql` selects a Unix socket directory, as in libpq.
    host: q.get("host") ?? (decodeURIComponent(u.hostname.replace(/^\[(.*)\]$/, "$1")) || "localhost"),
    port: Number(q.get("port") ?? u.port ?? "") || 5432,
    user: decodeURIComponent(u.username) || q.get("user") || undefined,
    password: decodeURIComponent(u.password) || q.get("password") || undefined,
    database: database ?? (decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres"),
    ssl:
      sslmode && sslmode !== "disable" && sslmode !== "prefer"
        ? { rejectUnauthorized: sslmode.startsWith("verify") }
        : undefined,
    application_name: q.get("application_name") ?? "prisma-schema-engine-wasm",
    // The engine only asks the adapter which schema to describe; the migration SQL it runs is unqualified, so
    // `?schema=` must also be the search path, as the native engine sets it.
    options: q.get("schema") ? `-c search_path=${quoteIdentifier(q.get("schema")).replaceAll(" ", "\\ ")}` : undefined,
  };
}

/** Prisma's `?schema=` URL parameter: the PostgreSQL schema the engine migrates (default `public`). */
export function schemaOf(url) {
  return new URL(url).searchParams.get("schema") ?? undefined;
}

export function databaseOf(url) {
  return connectionFields(url).database;
}

export function quoteIdentifier(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Runs `work` on a connection to the server of `url` that does not depend on the database of `url` existing
 * (CREATE/DROP DATABASE), trying `postgres` then `template1` as the native engine does.
 */
export async function withServerConnection(url, work) {
  let lastError;
  for (const database of ["postgres", "template1"]) {
    const client = new pg.Client(connectionFields(url, database));
    try {
      await client.connect();
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      if (error?.code === "3D000") continue;
      throw error;
    }
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw lastError;
}
