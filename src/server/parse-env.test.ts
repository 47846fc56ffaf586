import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseEnv } from "./parse-env";

// Next types NODE_ENV as always set; these sources are only what the schema reads.
const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: "test", ...vars });

describe("parseEnv", () => {
  const schemaCounting = () => {
    const runs = { count: 0 };
    const schema = z.object({
      BASE_URL: z.url().transform((url) => {
        runs.count += 1;
        return url;
      }),
      ATTEMPTS: z.coerce.number().int().min(1).default(3),
    });
    return { schema, runs };
  };

  it("runs the schema again only when a variable it reads changed", () => {
    const { schema, runs } = schemaCounting();
    const source = env({ BASE_URL: "http://a.example", OTHER: "x" });
    expect(parseEnv(schema, source, "settings")).toEqual({ BASE_URL: "http://a.example", ATTEMPTS: 3 });
    source.OTHER = "y";
    expect(parseEnv(schema, source, "settings")).toEqual({ BASE_URL: "http://a.example", ATTEMPTS: 3 });
    expect(runs.count).toBe(1);
    source.ATTEMPTS = "5";
    expect(parseEnv(schema, source, "settings")).toEqual({ BASE_URL: "http://a.example", ATTEMPTS: 5 });
    source.BASE_URL = "http://b.example";
    expect(parseEnv(schema, source, "settings").BASE_URL).toBe("http://b.example");
    expect(runs.count).toBe(3);
  });

  it("tells an unset variable from an empty one, and names every problem without a value", () => {
    const { schema } = schemaCounting();
    expect(() => parseEnv(schema, env({}), "settings")).toThrow(/^Invalid settings: BASE_URL: /);
    expect(() => parseEnv(schema, env({ BASE_URL: "" }), "settings")).toThrow(/^Invalid settings: BASE_URL: /);
    const secret = "not-a-url-secret";
    expect(() => parseEnv(schema, env({ BASE_URL: secret, ATTEMPTS: "0" }), "settings")).toThrow(
      /BASE_URL: .*; ATTEMPTS: /,
    );
    expect(() => parseEnv(schema, env({ BASE_URL: secret }), "settings")).not.toThrow(new RegExp(secret));
  });

  it("fails again after a good parse when a variable turns bad", () => {
    const { schema } = schemaCounting();
    const source = env({ BASE_URL: "http://a.example" });
    parseEnv(schema, source, "settings");
    source.BASE_URL = "nope";
    expect(() => parseEnv(schema, source, "settings")).toThrow(/BASE_URL/);
  });
});
