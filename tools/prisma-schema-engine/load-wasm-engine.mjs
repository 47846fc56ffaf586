import { readFile } from "node:fs/promises";

/**
 * Loads the schema engine that `@prisma/schema-engine-wasm` ships as WebAssembly.
 *
 * The package's own entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 refuses
 * without `--experimental-wasm-modules`; so we instantiate the .wasm ourselves and hand its exports to the
 * package's JavaScript glue, which is what that entry point would have done.
 */
export async function loadWasmSchemaEngine() {
  const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(glueUrl);
  const bytes = await readFile(new URL("schema_engine_bg.wasm", glueUrl));
  const { instance } = await globalThis.WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
