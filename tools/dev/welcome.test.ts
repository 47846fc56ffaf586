import { describe, expect, it } from "vitest";
import { pointBannerAt, welcomeLines } from "./welcome";

describe("the start's welcome", () => {
  it("names APP_BASE_URL's host, the one sign-in returns to, and no other address for the app", () => {
    const text = welcomeLines("http://localhost:3000", []).join("\n");
    expect(text).toContain("vemtas is running: http://localhost:3000/az");
    expect(text).not.toContain("127.0.0.1:3000");
    expect(welcomeLines("http://127.0.0.1:3100/", []).join("\n")).toContain("http://127.0.0.1:3100/ru");
  });

  it("rewrites Next's banner from the address it listens on to APP_BASE_URL's", () => {
    const banner = "   - Local:        http://127.0.0.1:3000";
    expect(pointBannerAt(banner, "http://127.0.0.1:3000", "http://localhost:3000")).toBe(
      "   - Local:        http://localhost:3000",
    );
    expect(pointBannerAt("ready in 2.1s", "http://127.0.0.1:3000", "http://localhost:3000")).toBe("ready in 2.1s");
  });
});
