import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { APP_NODE_FLAGS } from "../../tools/dev/standalone";

// compose.yaml is the deployment kit's centre (docs/operations.md) and cannot be run on a machine without a
// Docker daemon. What can be checked without one is checked here: with Docker's compose plugin present, the file
// must pass `docker compose config` (syntax, interpolation, references); always, the file must say what the
// deployment promises — two app replicas, health checks, secrets only from files, the migration job before the
// app, no demo staff.

const root = path.resolve(import.meta.dirname, "../..");
const composePath = path.join(root, "compose.yaml");

interface Service {
  image?: string;
  build?: { context: string; target?: string };
  entrypoint?: string[];
  command?: string[] | string;
  environment?: Record<string, string>;
  secrets?: string[];
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] };
  restart?: string;
  ports?: string[];
  volumes?: string[];
}
interface Compose {
  services: Record<string, Service>;
  secrets: Record<string, { file?: string; environment?: string }>;
  volumes: Record<string, unknown>;
}

const compose = parse(readFileSync(composePath, "utf8"), { merge: true }) as Compose;
const service = (name: string): Service => {
  const s = compose.services[name];
  if (!s) throw new Error(`compose.yaml has no service "${name}"`);
  return s;
};
const dependsOn = (s: Service): Record<string, { condition: string }> =>
  Array.isArray(s.depends_on)
    ? Object.fromEntries(s.depends_on.map((d) => [d, { condition: "service_started" }]))
    : (s.depends_on ?? {});

/** The variables `${NAME:?…}` compose.yaml requires, set to placeholders, as an operator sets them. */
const requiredVariables = Object.fromEntries(
  [...readFileSync(composePath, "utf8").matchAll(/\$\{(\w+):\?/g)].map((m) => [m[1] as string, "https://example.az"]),
);

function composePlugin(): boolean {
  const r = spawnSync("docker", ["compose", "version"], { encoding: "utf8" });
  return r.status === 0;
}
const hasCompose = composePlugin();

describe("compose.yaml", () => {
  it.skipIf(!hasCompose)(
    "passes `docker compose config` (skipped: no docker CLI with the compose plugin on this machine)",
    () => {
      const r = spawnSync("docker", ["compose", "-f", composePath, "config", "--quiet", "--no-path-resolution"], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, ...requiredVariables, VEMTAS_DOMAIN: "vemtas.example.az", ACME_EMAIL: "ops@example.az" },
      });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    },
  );

  it("runs the app in two replicas of the production image, as a non-root process with a health check", () => {
    const app = service("app");
    expect(app.deploy?.replicas).toBe(2);
    expect(app.build?.target).toBe("app");
    // The server runs with the flags the tests and `npm start -- --prod` run it with, in compose and the image alike.
    expect(app.command).toEqual(["node", ...APP_NODE_FLAGS, "server.js"]);
    // The health check of the app is the image's (Dockerfile HEALTHCHECK on /api/health), in the stage compose builds.
    const dockerfile = readFileSync(path.join(root, "Dockerfile"), "utf8");
    const appStage = dockerfile.slice(dockerfile.indexOf("AS app"));
    expect(appStage).toContain(`CMD ${JSON.stringify(["node", ...APP_NODE_FLAGS, "server.js"]).replaceAll(",", ", ")}`);
    expect(appStage).toMatch(/^HEALTHCHECK [^\n]*(\\\n[^\n]*)*\/api\/health/m);
    expect(appStage).toMatch(/^USER node$/m);
    // The proxy reaches the replicas, and no replica publishes a port of its own (two could not bind one).
    expect(app.ports).toBeUndefined();
    expect(Object.keys(dependsOn(service("caddy")))).toContain("app");
  });

  it("gives every database and queue a health check, and starts what depends on them only once healthy", () => {
    for (const name of ["db", "inngest-db", "inngest-redis"])
      expect(service(name).healthcheck?.test.length, name).toBeGreaterThan(0);
    expect(dependsOn(service("migrate")).db).toEqual({ condition: "service_healthy" });
    expect(dependsOn(service("inngest"))).toMatchObject({
      "inngest-db": { condition: "service_healthy" },
      "inngest-redis": { condition: "service_healthy" },
    });
  });

  it("runs the migrations and reference data as a one-off job the app waits for", () => {
    const migrate = service("migrate");
    expect(migrate.restart).toBe("no");
    const command = ([] as string[]).concat(migrate.command ?? []).join(" ");
    expect(command).toContain("prisma migrate deploy");
    expect(command).toContain("db:seed");
    expect(dependsOn(service("app")).migrate).toEqual({ condition: "service_completed_successfully" });
  });

  it("creates no demo staff: the seed runs in production mode without SEED_DEMO", () => {
    const migrate = service("migrate");
    expect(migrate.environment?.NODE_ENV).toBe("production");
    for (const [name, s] of Object.entries(compose.services)) expect(s.environment?.SEED_DEMO, name).toBeUndefined();
    expect(readFileSync(composePath, "utf8")).not.toMatch(/SEED_DEMO|vemtas-demo-2026/);
    // The seed's rule this relies on.
    expect(readFileSync(path.join(root, "prisma/seed.ts"), "utf8")).toContain(
      'process.env.NODE_ENV !== "production" || process.env.SEED_DEMO === "1"',
    );
  });

  it("takes every secret from a file outside git, never from a value written in compose.yaml", () => {
    const used = new Set(Object.values(compose.services).flatMap((s) => s.secrets ?? []));
    // Every secret a service uses is declared, and every declared one is a file in deploy/secrets/ (git-ignored).
    expect([...used].filter((name) => !compose.secrets[name])).toEqual([]);
    for (const [name, secret] of Object.entries(compose.secrets))
      expect(secret.file, name).toBe(`./deploy/secrets/${name}`);
    expect(readFileSync(path.join(root, ".gitignore"), "utf8")).toMatch(/^\/?deploy\/secrets\/?$/m);
    // deploy/make-secrets.sh writes them all.
    const maker = readFileSync(path.join(root, "deploy/make-secrets.sh"), "utf8");
    for (const name of Object.keys(compose.secrets)) expect(maker, `make-secrets.sh writes ${name}`).toContain(name);
    // No service carries a credential in its environment: only *_FILE references and non-secret settings.
    for (const [name, s] of Object.entries(compose.services)) {
      for (const key of Object.keys(s.environment ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|_KEY$|DATABASE_URL|POSTGRES_URI/.test(key))
          expect(key, `${name}.${key}`).toMatch(/_FILE$/);
      }
    }
    // Services with secrets turn them into variables through deploy/with-secrets.sh.
    for (const [name, s] of Object.entries(compose.services)) {
      if (!s.secrets?.length || name.endsWith("db")) continue;
      expect(s.entrypoint?.join(" "), name).toMatch(/with-secrets\.sh/);
    }
  });

  it("names each app secret after a variable the app reads", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        return statSync(full).isDirectory()
          ? sources(full)
          : /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)
            ? [full]
            : [];
      });
    const code = sources(path.join(root, "src"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    for (const secret of service("app").secrets ?? []) {
      const variable = secret.toUpperCase().replace(/-/g, "_");
      expect(code, `the app reads ${variable}`).toMatch(new RegExp(`\\b${variable}\\b`));
    }
  });

  it("gives Auth.js the public origin, so e-Gov's return address is not a replica's own host", () => {
    const app = service("app");
    expect(app.environment?.AUTH_URL).toBe("https://${VEMTAS_DOMAIN}");
    expect(app.environment?.APP_BASE_URL).toMatch(/^https:\/\/\$\{VEMTAS_DOMAIN[:}]/);
    // trustHost is set in code (src/server/auth/index.ts); the variable would suggest a switch that does nothing.
    expect(app.environment?.AUTH_TRUST_HOST).toBeUndefined();
  });

  it("hands the WAL archive and the backup directory to postgres before PostgreSQL starts", () => {
    const db = service("db");
    const archive = "/var/lib/postgresql/wal-archive";
    const command = ([] as string[]).concat(db.command ?? []).join(" ");
    expect(command).toContain(`archive_command=test ! -f ${archive}/%f && cp %p ${archive}/%f`);
    expect(db.volumes).toContain(`db-wal:${archive}`);
    expect(db.volumes).toContain("db-backup:/var/lib/postgresql/backup");
    // The volumes are created root-owned; the wrapper chowns them, then runs the image's entrypoint with the
    // command as its arguments (`$$` is compose's escape for one `$`).
    const entrypoint = (db.entrypoint ?? []).join(" ");
    expect(entrypoint).toMatch(new RegExp(`chown postgres:postgres ${archive} /var/lib/postgresql/backup`));
    expect(entrypoint).toContain('exec docker-entrypoint.sh "$$@"');
  });

  it("declares every named volume it mounts, and every service it depends on", () => {
    for (const [name, s] of Object.entries(compose.services)) {
      for (const volume of s.volumes ?? []) {
        const source = volume.split(":")[0] ?? "";
        if (!source.startsWith(".") && !source.startsWith("/"))
          expect(compose.volumes, `${name} mounts ${source}`).toHaveProperty(source);
      }
      for (const dep of Object.keys(dependsOn(s)))
        expect(compose.services, `${name} depends on ${dep}`).toHaveProperty(dep);
    }
  });
});
