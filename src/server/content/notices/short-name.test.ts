import { describe, expect, it } from "vitest";
import { shortName } from "./short-name";

describe("shortName", () => {
  it("keeps the first name and the surname's initial", () => {
    expect(shortName("Aysel Məmmədova")).toBe("Aysel M.");
    expect(shortName("  Rəşad   Əliyev ")).toBe("Rəşad Ə.");
  });

  it("leaves out a patronymic between the names", () => {
    expect(shortName("Elvin Rauf oğlu Quliyev")).toBe("Elvin Q.");
  });

  it("keeps a one-word name as it is", () => {
    expect(shortName("Nigar")).toBe("Nigar");
  });

  it("writes the initial of a lower-case surname in capitals, dotted İ included", () => {
    expect(shortName("Leyla ismayılova")).toBe("Leyla İ.");
  });
});
