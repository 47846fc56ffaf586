import { describe, expect, it } from "vitest";
import { categoryLabelLayout } from "./category-labels";

describe("categoryLabelLayout", () => {
  it("writes names level when the longest fits its place", () => {
    expect(categoryLabelLayout(["December 2026"], 500)).toEqual({ angle: 0, bottom: 44 });
  });

  it("slants thirteen months' names that would run into each other, and makes room beneath for the longest", () => {
    // The reports' 13 months on a 652-unit axis: 50 units a month, where "September 2026" needs about 87.
    const months = ["December 2025", "January 2026", "September 2026", "December 2026"];
    const layout = categoryLabelLayout(months, 652 / 13);
    expect(layout.angle).toBeLessThan(0);
    expect(layout.bottom).toBeGreaterThanOrEqual(Math.ceil(24 + 14 * 6.2 * Math.sin((40 * Math.PI) / 180)));
  });
});
