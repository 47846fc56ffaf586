import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The two shell scripts of the secrets (docs/operations.md, "Secrets"), run for real with /bin/sh. The unreadable
// case is what compose without swarm produces: a file the container's user (uid 1000) may not read. As root, that
// user is played with setpriv; as anyone else, a mode-000 file is unreadable to its owner too.

const root = path.resolve(import.meta.dirname, "../..");
// Run from a copy in a directory anyone may enter: the checkout may sit in one uid 1000 cannot (a CI clone under a
// 0700 mktemp directory), and the image has the script where its user reads it.
const withSecrets = (() => {
  const dir = mkdtempSync(path.join(tmpdir(), "vemtas-with-secrets-"));
  chmodSync(dir, 0o755);
  const copy = path.join(dir, "with-secrets.sh");
  copyFileSync(path.join(root, "deploy/with-secrets.sh"), copy);
  chmodSync(copy, 0o755);
  return copy;
})();
const isRoot = process.getuid?.() === 0;
const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

function secretsDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "vemtas-secrets-"));
  chmodSync(dir, 0o755);
  return dir;
}

/** Runs with-secrets.sh over `dir` printing one variable, as uid 1000 when this process is root. */
function run(dir: string, variable: string, extraEnv: Record<string, string> = {}) {
  const script = ["/bin/sh", withSecrets, "sh", "-c", `printf '%s' "$${variable}"`];
  const command = isRoot ? ["setpriv", "--reuid=1000", "--regid=1000", "--clear-groups", ...script] : script;
  const env = { NODE_ENV: "test", PATH: process.env.PATH ?? "/usr/bin:/bin", SECRETS_DIR: dir, ...extraEnv } as const;
  return spawnSync(command[0] as string, command.slice(1), { encoding: "utf8", env });
}

describe("deploy/with-secrets.sh", () => {
  it("turns each readable secret file into its upper-cased variable, and a variable already set wins", () => {
    const dir = secretsDir();
    writeFileSync(path.join(dir, "bank_api_key"), "k-123", { mode: 0o644 });
    expect(run(dir, "BANK_API_KEY")).toMatchObject({ status: 0, stdout: "k-123" });
    expect(run(dir, "BANK_API_KEY", { BANK_API_KEY: "from-env" })).toMatchObject({ status: 0, stdout: "from-env" });
  });

  it("refuses to start the command when a secret file cannot be read, naming the file and never its content", () => {
    const dir = secretsDir();
    writeFileSync(path.join(dir, "auth_secret"), "do-not-print-this-value", { mode: isRoot ? 0o600 : 0o000 });
    const r = run(dir, "AUTH_SECRET");
    expect(r.status).not.toBe(0);
    // The command never ran: it would have printed the (empty) variable and exited 0.
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(path.join(dir, "auth_secret"));
    expect(r.stderr).toContain("cannot read the secret file");
    expect(r.stderr).not.toContain("do-not-print-this-value");
  });
});

describe.skipIf(!hasOpenssl)("deploy/make-secrets.sh", () => {
  it("writes every file readable by the containers' users, inside a directory only its owner can enter", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "vemtas-deploy-"));
    copyFileSync(path.join(root, "deploy/make-secrets.sh"), path.join(copy, "make-secrets.sh"));
    // A file an earlier version wrote 0600 is kept, and its mode corrected.
    mkdirSync(path.join(copy, "secrets"));
    writeFileSync(path.join(copy, "secrets/db_password"), "old-password", { mode: 0o600 });
    const r = spawnSync("/bin/sh", [path.join(copy, "make-secrets.sh")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const dir = path.join(copy, "secrets");
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toContain("database_url");
    for (const file of files) expect(statSync(path.join(dir, file)).mode & 0o777, file).toBe(0o644);
    expect(spawnSync("cat", [path.join(dir, "database_url")], { encoding: "utf8" }).stdout).toContain(
      ":old-password@db:5432/",
    );
  });
});
