import { expect, type Page } from "@playwright/test";
import az from "../../src/messages/az.json" with { type: "json" };
import en from "../../src/messages/en.json" with { type: "json" };
import ru from "../../src/messages/ru.json" with { type: "json" };

export type Locale = "az" | "ru" | "en";
export const catalogs = { az, ru, en } as const;

const id = (path: string) => `#f-${path.replaceAll(".", "-")}`;

/** The wizard as a person uses it, by the labels of the page's language; fields by their draft path. */
export function wizardPage(page: Page, locale: Locale) {
  const m = catalogs[locale];
  return {
    m,
    field: (path: string) => page.locator(id(path)),
    fill: (path: string, value: string) => page.locator(id(path)).fill(value),
    select: (path: string, value: string) => page.locator(id(path)).selectOption(value),
    next: () => page.getByRole("button", { name: m.wizard.next }).click(),
    back: () => page.getByRole("button", { name: m.wizard.back, exact: true }).click(),
    heading: () => page.getByRole("heading", { level: 2 }).first(),
    expectStep: async (step: keyof typeof en.wizard.steps) =>
      expect(page.getByRole("heading", { level: 2, name: m.wizard.steps[step] })).toBeVisible(),
    expectSaved: async () =>
      expect(page.getByTestId("sync-status")).toHaveAttribute("data-status", "saved", { timeout: 20_000 }),
    /** The error shown next to a field, by its draft path. */
    errorOf: (path: string) => page.locator(`${id(path)}-error`),
  };
}

/** The stored draft as the server has it, read with the page's own session. */
export async function storedDraft(
  page: Page,
  applicationId: string,
): Promise<{ version: number; draft: Record<string, unknown> | null }> {
  const input = encodeURIComponent(JSON.stringify({ json: { applicationId } }));
  const response = await page.request.get(`/api/trpc/application.draft?input=${input}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as {
    result: { data: { json: { version: number; draft: Record<string, unknown> | null } } };
  };
  return body.result.data.json;
}
