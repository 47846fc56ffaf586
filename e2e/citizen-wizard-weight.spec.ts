import { expect, test } from "@playwright/test";
import { measureFirstLoad } from "./support/first-load";
import { uniqueCitizen } from "./support/unique-citizen";
import { phoneViewport } from "./support/phone";
import { signInCitizen } from "./support/sign-in-citizen";
import { WIZARD_FIRST_LOAD_JS_BUDGET } from "./support/wizard-budget";

test.use(phoneViewport);

test("the wizard's first load stays within its JavaScript budget, compressed", async ({ page, context }) => {
  await signInCitizen(page, { ...uniqueCitizen(), locale: "az" });
  await page.getByRole("button", { name: "Müraciətə başlayın" }).click();
  await page.waitForURL(/\/az\/apply\/[^/]+$/);
  const url = page.url();

  const fresh = await context.newPage();
  const load = await measureFirstLoad(fresh, url, { hydrates: true });
  const report = load.scripts
    .map((s) => `${s.bytes}\t${s.encoding ?? "identity"}\t${new URL(s.url).pathname}`)
    .join("\n");
  test.info().annotations.push({
    type: "wizard first-load JS",
    description: `${load.jsBytes} bytes compressed in ${load.scripts.length} scripts`,
  });
  console.info(
    `wizard first-load JavaScript: ${load.jsBytes} bytes (budget ${WIZARD_FIRST_LOAD_JS_BUDGET})\n${report}`,
  );

  expect(load.scripts.length).toBeGreaterThan(0);
  for (const s of load.scripts) expect(s.encoding, `${s.url} is sent uncompressed`).toMatch(/^(gzip|br|zstd)$/);
  expect(load.jsBytes).toBeLessThanOrEqual(WIZARD_FIRST_LOAD_JS_BUDGET);
});
