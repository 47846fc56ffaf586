/** The catalog's JSON text with every message compiled (see precompile-catalog.mjs). */
export default function precompileCatalog(source: string): string;
