import type { PlaywrightTestOptions } from "@playwright/test";

/** A mid-range phone: the citizen pages are built for it first. */
export const phoneViewport: Partial<PlaywrightTestOptions> = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};
