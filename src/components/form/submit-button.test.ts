import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/messages/load-messages";
import { SubmitButton } from "./submit-button";

// The server's HTML is what a person on a slow network sees, and can press, for the seconds before the scripts run.
const serverHtml = async (locale: "az" | "ru" | "en") =>
  renderToString(
    createElement(NextIntlClientProvider, {
      locale,
      timeZone: "Asia/Baku",
      messages: await loadMessages(locale),
      children: createElement(SubmitButton, null, "Send"),
    }),
  );

describe("a form's button before the page's scripts run", () => {
  it("is off in the server's HTML, so a press cannot be the browser's own submit that empties the form", async () => {
    const html = await serverHtml("en");
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled=""/);
    expect(html).toContain('data-hydrated="false"');
  });

  it.each([
    ["az", "Səhifə hələ yüklənir"],
    ["ru", "Страница ещё загружается"],
    ["en", "The page is still loading"],
  ] as const)("says in %s that the page is still loading", async (locale, text) => {
    expect(await serverHtml(locale)).toContain(text);
  });
});
