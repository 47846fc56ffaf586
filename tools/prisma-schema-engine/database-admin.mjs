import pg from "pg";
import { connectionFields, databaseOf, quoteIdentifier, withServerConnection } from "./connection-config.mjs";

/** An error with the Prisma error code the CLI shows for it (the native engine's codes). */
export class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function describeHost(url) {
  const { host, port } = connectionFields(url);
  return `${host}:${port}`;
}

/** Translates a pg connection failure into the code the native engine would report. */
export function toUserFacingError(error, url) {
  if (error instanceof UserFacingError) return error;
  const database = databaseOf(url);
  switch (error?.code) {
    case "3D000":
      return new UserFacingError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${describeHost(url)}\`.`,
      );
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server at \`${describeHost(url)}\`, the provided database credentials for \`${connectionFields(url).user ?? ""}\` are not valid.`,
      );
    case "42P04":
      return new UserFacingError(
        "P1009",
        `Database \`${database}\` already exists on the database server at \`${describeHost(url)}\``,
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new UserFacingError("P1001", `Can't reach database server at \`${describeHost(url)}\``);
    default:
      return new UserFacingError(undefined, error instanceof Error ? error.message : String(error));
  }
}

export async function canConnectToDatabase(url) {
  const client = new pg.Client(connectionFields(url));
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw toUserFacingError(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createDatabase(url) {
  const databaseName = databaseOf(url);
  try {
    await withServerConnection(url, (c) => c.query(`CREATE DATABASE ${quoteIdentifier(databaseName)}`));
  } catch (error) {
    throw toUserFacingError(error, url);
  }
  return { databaseName };
}

export async function dropDatabase(url) {
  const databaseName = databaseOf(url);
  try {
    await withServerConnection(url, (c) => c.query(`DROP DATABASE ${quoteIdentifier(databaseName)}`));
  } catch (error) {
    throw toUserFacingError(error, url);
  }
}
