import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxField } from "./checkbox-field";

const components = path.resolve(import.meta.dirname, "..");
const render = (error?: string) =>
  renderToStaticMarkup(
    createElement(CheckboxField, {
      id: "identity",
      label: "I have seen the identity document",
      checked: false,
      onCheckedChange: () => undefined,
      error,
    }),
  );

describe("the checkbox field", () => {
  it("ties the box to its label, and to its error when there is one", () => {
    const plain = render();
    expect(plain).toContain('<label for="identity"');
    expect(plain).toContain('id="identity" type="checkbox"');
    expect(plain).not.toContain("aria-invalid");
    const refused = render("Confirm that you saw the document.");
    expect(refused).toContain('aria-invalid="true"');
    expect(refused).toContain('aria-describedby="identity-error"');
    expect(refused).toContain('<p id="identity-error"');
  });

  it("is the only checkbox of the staff and admin forms", () => {
    // The citizen's consent is a bordered card of its own, and the tablet's boxes are sized for a finger.
    const ownMarkup = ["form/checkbox-field.tsx", "wizard/step-consent.tsx", "inspection/touch-fields.tsx"];
    const withCheckbox = readdirSync(components, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".tsx"))
      .filter((f) => readFileSync(path.join(components, f), "utf8").includes('type="checkbox"'))
      .map((f) => f.split(path.sep).join("/"));
    expect(withCheckbox.sort()).toEqual(ownMarkup.sort());
  });
});
