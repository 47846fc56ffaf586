import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";

// Renders public/icons/inspector.svg to the PNG sizes the tablet app's manifest names (installing a web app
// needs PNG icons of 192 and 512 pixels). Run after changing the SVG: `npx tsx tools/icons/render-inspector-icons.ts`.

const dir = path.resolve(import.meta.dirname, "../../public/icons");

async function main() {
  const svg = await readFile(path.join(dir, "inspector.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const size of [192, 512]) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
      await page.screenshot({ path: path.join(dir, `inspector-${size}.png`), omitBackground: false });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
