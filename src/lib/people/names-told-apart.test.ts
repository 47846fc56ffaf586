import { describe, expect, it } from "vitest";
import { namesToldApart } from "./names-told-apart";

describe("namesToldApart", () => {
  it("puts the FIN beside a name two people share, and leaves the others alone", () => {
    const people = [
      { fin: "1REPRES", name: "Elvin Səfərov" },
      { fin: "QFRK6CY", name: "Nigar Səfərova" },
      { fin: "7NIGAR2", name: "Nigar Səfərova" },
    ];
    expect(namesToldApart(people).map((p) => p.name)).toEqual([
      "Elvin Səfərov",
      "Nigar Səfərova (QFRK6CY)",
      "Nigar Səfərova (7NIGAR2)",
    ]);
  });

  it("keeps what else each person carries, and does not repeat a FIN that stands for the name", () => {
    const people = [
      { fin: "AAAAAAA", name: "AAAAAAA", adult: true },
      { fin: "AAAAAAA", name: "AAAAAAA", adult: false },
    ];
    expect(namesToldApart(people)).toEqual(people);
  });
});
