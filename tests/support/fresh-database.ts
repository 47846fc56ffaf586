import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server integration tests run against: TEST_DATABASE_URL, else the machine's own server. */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface FreshDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

/**
 * Creates an empty database with a unique name, so that each test file owns its data and files can run
 * in parallel. `template` copies an existing database (e.g. one with the migrations applied).
 */
export async function freshDatabase(prefix = "t", template?: string): Promise<FreshDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`.toLowerCase();
  const admin = new pg.Client({ connectionString: testServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(testServerUrl, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: testServerUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
