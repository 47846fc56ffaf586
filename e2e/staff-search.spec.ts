import { expect, test } from "@playwright/test";
import { bakuDate } from "@/kernel/calendar-date";
import { submittedApplication } from "../tests/support/case-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { e2eDbForFile, signInStaff } from "./support/staff-cases";

// A family calls the district office and gives a FIN: the caseworker finds its application among all of the
// district's, however old, and opens it.

const db = e2eDbForFile();

test("a caseworker finds a family's application by a member's FIN and opens it", async ({ page }) => {
  const { application, fins } = await submittedApplication(db(), {
    districtCode: "BAK-NASIMI",
    applicationDate: bakuDate(new Date()),
    status: "AWAITING_REVIEW",
  });
  await signInStaff(page, "caseworker.nasimi@vemtas.local", "en", /\/en\/staff$/);
  await page
    .getByLabel("Registration number, a family member's FIN, or the applicant's name")
    .fill((fins[1] ?? "").toLowerCase());
  await page.getByRole("button", { name: "Find" }).click();

  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole("heading", { name: "Found", exact: true })).toBeVisible();
  // The results are counted in a heading of their own, which takes the cursor.
  await expect(page.getByTestId("search-results")).toHaveText("1 application found");
  await expect(page.getByTestId("search-results")).toBeFocused();
  const results = page.getByTestId("application-list").getByRole("link");
  await expect(results).toHaveCount(1);
  await expect(results).toContainText(application.registrationNumber ?? "");
  await expectNoSeriousAxeViolations(page, "the staff's search results");
  await results.click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/applications/${application.id}$`));

  // A search too short to mean anything is refused beside the field, and nothing is listed.
  await page.goto("/en/staff?q=x");
  await expect(page.getByLabel("Registration number, a family member's FIN, or the applicant's name")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByText("Type at least 2 characters.")).toBeVisible();
});
