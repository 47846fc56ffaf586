import { describe, expect, it } from "vitest";
import { controlCharacterPath, hasControlCharacters } from "./control-characters";

describe("control characters", () => {
  it("finds NUL, the other C0 controls, DEL and C1, but not tab, line breaks or ordinary unicode", () => {
    for (const c of ["\u0000", "\u0001", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f"])
      expect(hasControlCharacters(`a${c}b`)).toBe(true);
    expect(hasControlCharacters("Birinci sətir\r\n\tİkinci — «Ə» \u00a0 \u202e \ud83d\ude00")).toBe(false);
  });

  it("names the path of the first offending string or key, deep in objects and arrays", () => {
    expect(controlCharacterPath({ a: "ok", b: [{ c: "x" }, { d: "y\u0000" }] })).toBe("b.1.d");
    expect(controlCharacterPath({ ["k\u0001"]: 1 })).toBe("k\u0001");
    expect(controlCharacterPath("\u0000")).toBe("");
    expect(controlCharacterPath({ a: 1, b: null, c: true, d: ["ok"] })).toBeNull();
    expect(controlCharacterPath(undefined)).toBeNull();
  });
});
