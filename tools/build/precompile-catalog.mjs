// Turbopack loader for the message catalogs (src/messages/**/*.json, see next.config.mjs): each text is compiled
// from ICU syntax to icu-minify's compact form at build time, so the browser formats them with use-intl's small
// `format-only` formatter and never downloads the ICU parser (intl-messageformat). The output stays JSON, so the
// modules that import a catalog with the JSON import attribute (for Node's own loader in the e2e specs) still build.
import compile from "icu-minify/compile";

function precompile(value) {
  if (typeof value === "string") return compile(value);
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, precompile(entry)]));
}

export default function precompileCatalog(source) {
  return JSON.stringify(precompile(JSON.parse(source)));
}
