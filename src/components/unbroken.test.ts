import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Unbroken } from "./unbroken";

const render = (text: string, part: string) => renderToStaticMarkup(createElement(Unbroken, { text, part }));

describe("a part of a sentence kept on one line", () => {
  it("wraps the registration number and the masked phone where they stand in the sentence", () => {
    expect(render("Заявление VEM-2026-000005", "VEM-2026-000005")).toBe(
      'Заявление <span class="whitespace-nowrap" data-unbroken="">VEM-2026-000005</span>',
    );
    expect(render("Kodu +994 ** *** ** 77 nömrəsinə göndərdik.", "+994 ** *** ** 77")).toBe(
      'Kodu <span class="whitespace-nowrap" data-unbroken="">+994 ** *** ** 77</span> nömrəsinə göndərdik.',
    );
  });

  it("shows the sentence as it is when the part is not in it", () => {
    expect(render("Application (draft)", "VEM-2026-000005")).toBe("Application (draft)");
    expect(render("Application", "")).toBe("Application");
  });
});
