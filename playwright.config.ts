import { defineConfig, devices } from "@playwright/test";
import { ensureFreshNextBuild } from "./tools/test/next-build";

const port = Number(process.env.E2E_PORT ?? 3100);

// Build before the web server's timeout starts counting (the server then starts with --skip-build). The config
// is loaded again in each worker; the variable, inherited by the workers, keeps them from checking twice.
if (!process.env.VEMTAS_E2E_BUILD_CHECKED) {
  ensureFreshNextBuild();
  process.env.VEMTAS_E2E_BUILD_CHECKED = "1";
}

// Debian's Chromium, never a downloaded browser (none can be downloaded here). The flags keep it from
// reaching for the network this machine does not have; `localhost` maps to 127.0.0.1 because Next rewrites
// 127.0.0.1 to localhost and Auth.js' CSRF cookie must stay on one host name.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP localhost 127.0.0.1",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: `node --import tsx tools/test/e2e-server.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
