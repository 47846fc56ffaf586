// The x axis of a vertical bar chart: a month's name ("September 2026") is wider than its bar when a year or more
// of months share the chart, and written level the names ran into each other. Too wide for its slot, each is
// turned to a slant and the chart grows beneath for it.

/** About how wide a character is at the axis' 11 px, in the chart's units (Geist, a mix of letters and digits). */
const CHAR_WIDTH = 6.2;
/** The slant, in degrees: readable without turning one's head, and a slanted name needs √½ of its width in height. */
const SLANT = 40;

export interface CategoryLabelLayout {
  /** Degrees to turn each name (0 when the names fit level). */
  angle: number;
  /** The room under the axis for the names. */
  bottom: number;
}

/** How to write `categories` under `slot`-wide places: level when the longest fits, else slanted. */
export function categoryLabelLayout(categories: readonly string[], slot: number): CategoryLabelLayout {
  const widest = Math.max(0, ...categories.map((c) => c.length)) * CHAR_WIDTH;
  if (widest <= slot - 4) return { angle: 0, bottom: 44 };
  return { angle: -SLANT, bottom: Math.ceil(24 + widest * Math.sin((SLANT * Math.PI) / 180)) };
}
