import { expect, test, type Page } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { applicationWithInspection } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// The inspector's tablet in a village without signal: the page, the visits and the recorded results live on the
// device, and reach the office when the connection is back.

const INSPECTOR = "inspector2.nasimi@vemtas.local";
const db = e2eDbForFile();

const todaysVisit = () =>
  applicationWithInspection(db(), {
    districtCode: "BAK-NASIMI",
    inspectorEmail: INSPECTOR,
    scheduledFor: bakuDate(new Date()),
  });

/** Signed in with a connection once: the service worker controls the page and has kept it and its files. */
async function installedTablet(page: Page) {
  await signInStaff(page, INSPECTOR, "en", /\/en\/inspector$/);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    const pages = await caches.open("inspector-pages-v1");
    const assets = await caches.open("inspector-assets-v1");
    const scripts = Array.from(document.scripts, (s) => s.src).filter((src) => src.includes("/_next/static/"));
    const kept = await Promise.all(scripts.map((src) => assets.match(src)));
    return scripts.length > 0 && kept.every(Boolean) && (await pages.match("/en/inspector")) !== undefined;
  });
}

test("the tablet installs, opens with no signal, keeps a visit recorded offline and sends it when the signal is back", async ({
  page,
  context,
  request,
}) => {
  const { application, inspection, fins } = await todaysVisit();
  await installedTablet(page);

  // Installable: a manifest in the page's language that opens the visits full screen, with its icons.
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/en/inspector/manifest.webmanifest");
  const manifest = (await (await request.get("/en/inspector/manifest.webmanifest")).json()) as Record<string, unknown>;
  expect(manifest).toMatchObject({
    name: "VEMTAS inspector",
    lang: "en",
    start_url: "/en/inspector",
    scope: "/en/inspector",
    display: "standalone",
  });
  for (const size of ["192x192", "512x512"])
    expect(manifest.icons).toContainEqual(expect.objectContaining({ sizes: size, type: "image/png" }));
  expect((await request.get("/icons/inspector-512.png")).headers()["content-type"]).toBe("image/png");
  await expect(page.getByRole("link", { name: new RegExp(application.registrationNumber ?? "") })).toBeVisible();
  await expectNoSeriousAxeViolations(page, "the tablet's visit list");

  // No signal: the page opens from the tablet, with the visits it downloaded.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText("No connection. You can go on working")).toBeVisible();
  await page.getByRole("link", { name: new RegExp(application.registrationNumber ?? "") }).click();
  await expect(page.getByTestId("inspection-status")).toHaveText("Scheduled");

  // What is typed survives the tablet reloading the page.
  await page.getByLabel("Type of housing").selectOption("PRIVATE_HOUSE");
  await page.getByLabel("Number of rooms").fill("4");
  await page.reload();
  await expect(page.getByLabel("Number of rooms")).toHaveValue("4");
  await expect(page.getByLabel("Type of housing")).toHaveValue("PRIVATE_HOUSE");

  await page.getByLabel("Condition", { exact: true }).selectOption("POOR");
  await page.getByLabel("Gas", { exact: true }).check();
  await page.getByLabel("Meter number (Gas)").fill("GZ-3301");
  await page.locator(`#present-${fins[0]}`).check();
  await page.getByRole("button", { name: "Send the visit's result" }).click();
  await expect(page.getByTestId("local-entry")).toHaveText(
    /Saved on this tablet\. It will be sent as soon as there is a connection\./,
  );
  await expect(page.getByTestId("waiting-count")).toHaveText("1 visit result is waiting to be sent.");
  await expectNoSeriousAxeViolations(page, "a visit recorded offline, waiting to be sent");
  // Kept on the tablet across a reload, and nothing has reached the office yet.
  await page.reload();
  await expect(page.getByTestId("local-entry")).toBeVisible();
  expect((await db().inspection.findUniqueOrThrow({ where: { id: inspection.id } })).status).toBe("SCHEDULED");

  // The signal is back: the tablet sends on its own, and the visit shows as done.
  await context.setOffline(false);
  await expect(page.getByTestId("inspection-status")).toHaveText("Done");
  await expect(page.getByTestId("waiting-count")).toHaveCount(0);
  const stored = await db().inspection.findUniqueOrThrow({ where: { id: inspection.id } });
  expect(stored.status).toBe("COMPLETED");
  expect(stored.result).toMatchObject({
    housing: { type: "PRIVATE_HOUSE", condition: "POOR", rooms: 4 },
    meters: [{ kind: "GAS", number: "GZ-3301" }],
    membersPresent: [fins[0]],
  });

  // Signing out leaves none of the families' data on the tablet: no packet, no page copy.
  const kept = () =>
    page.evaluate(async () => ({
      keys: Object.keys(localStorage).filter((k) => k.startsWith("vemtas:inspector:")),
      pages: (await (await caches.open("inspector-pages-v1")).keys()).length,
    }));
  expect((await kept()).keys.some((k) => k.endsWith(":packet"))).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  expect(await kept()).toEqual({ keys: [expect.stringMatching(/:outbox$/)], pages: 0 });
});

test("a result for a visit the office closed meanwhile is kept and explained, until the inspector has read it", async ({
  page,
  context,
}) => {
  const { application, inspection } = await todaysVisit();
  await installedTablet(page);
  await context.setOffline(true);
  await page.getByRole("link", { name: new RegExp(application.registrationNumber ?? "") }).click();
  // Pressed with no note: refused beside the note, and the cursor is put there to write it.
  await page.getByRole("button", { name: "Record the visit as missed" }).click();
  await expect(page.getByLabel("What did you find at the door?")).toBeFocused();
  await expect(page.getByLabel("What did you find at the door?")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("What did you find at the door?").fill("Neighbours say the family moved to Sumgayit.");
  await page.getByRole("button", { name: "Record the visit as missed" }).click();
  await expect(page.getByTestId("local-entry")).toContainText("Saved on this tablet");

  // Meanwhile the family withdrew its application, which cancelled the visit.
  await db().inspection.update({ where: { id: inspection.id }, data: { status: "CANCELLED" } });
  await context.setOffline(false);
  await expect(page.getByRole("alert").filter({ hasText: "did not accept" })).toHaveText(
    /the visit had been closed as “Cancelled” before it arrived/,
  );
  await expect(page.getByTestId("local-entry")).toContainText("You recorded: nobody was at home.");
  await expectNoSeriousAxeViolations(page, "a result the office did not accept");
  await page.getByRole("button", { name: "I have read this, remove it from the tablet" }).click();
  await expect(page.getByTestId("local-entry")).toHaveCount(0);
  await expect(page.getByTestId("inspection-status")).toHaveText("Cancelled");
  expect((await db().inspection.findUniqueOrThrow({ where: { id: inspection.id } })).status).toBe("CANCELLED");
});
