import { describe, expect, it } from "vitest";
import { defaultAuthUrl, settingsProblems } from "./instrumentation";

const production = { NODE_ENV: "production" } as const;

describe("AUTH_URL at server start", () => {
  it("defaults to APP_BASE_URL's origin in production, so e-Gov returns to the public host, not the replica's", () => {
    const env: NodeJS.ProcessEnv = { ...production, APP_BASE_URL: "https://vemtas.example.az/" };
    defaultAuthUrl(env);
    expect(env.AUTH_URL).toBe("https://vemtas.example.az");
  });

  it("leaves an explicit AUTH_URL, development, and a deployment without APP_BASE_URL alone", () => {
    const explicit: NodeJS.ProcessEnv = { ...production, APP_BASE_URL: "https://a.az", AUTH_URL: "https://b.az" };
    defaultAuthUrl(explicit);
    expect(explicit.AUTH_URL).toBe("https://b.az");
    const dev: NodeJS.ProcessEnv = { NODE_ENV: "development", APP_BASE_URL: "http://localhost:3000" };
    defaultAuthUrl(dev);
    expect(dev.AUTH_URL).toBeUndefined();
    const none: NodeJS.ProcessEnv = { ...production };
    defaultAuthUrl(none);
    expect(none.AUTH_URL).toBeUndefined();
  });
});

describe("the settings check at server start", () => {
  const good: NodeJS.ProcessEnv = {
    ...production,
    DATABASE_URL: "postgresql://vemtas:pw-secret-value@db:5432/vemtas",
    AUTH_SECRET: "s".repeat(48),
    APP_BASE_URL: "https://vemtas.example.az",
  };

  it("finds nothing wrong in a complete production configuration", () => {
    expect(settingsProblems(good)).toEqual([]);
    expect(settingsProblems({ ...good, LOG_LEVEL: "debug", LOG_FORMAT: "json" })).toEqual([]);
  });

  it("names each missing or malformed variable, and never a value", () => {
    const problems = settingsProblems({
      NODE_ENV: "production",
      AUTH_SECRET: "short-secret-value",
      LOG_LEVEL: "verbose",
    });
    expect(problems.map((p) => p.split(" ")[0])).toEqual(["DATABASE_URL", "AUTH_SECRET", "APP_BASE_URL", "LOG_LEVEL"]);
    const text = problems.join("\n");
    for (const value of ["short-secret-value", "verbose"]) expect(text).not.toContain(value);
    const malformed = settingsProblems({ ...good, DATABASE_URL: "pw-secret-value", APP_BASE_URL: "vemtas.az" });
    expect(malformed).toEqual(["DATABASE_URL is not a URL (postgresql://…)", "APP_BASE_URL is not a URL"]);
  });
});
