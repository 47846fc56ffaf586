// The layer table of docs/architecture-map.md as a lint rule: every import in src/ is resolved (the "@/" alias and
// relative paths alike) to the layer it lands in, and a layer may import only the layers listed for it. Tests
// (*.test.ts) are exempt, as are tools/, bench/, e2e/ and tests/, which may import anything.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Most specific first: the first prefix that matches names the layer. */
const LAYERS = [
  ["src/generated/prisma/enums", "enums"],
  ["src/generated", "generated"],
  ["src/kernel", "kernel"],
  ["src/server/domain", "domain"],
  ["src/server/db", "db"],
  ["src/server/integrations", "integrations"],
  ["src/server/content", "content"],
  ["src/server/services", "services"],
  ["src/server/auth", "auth"],
  ["src/server/api", "api"],
  ["src/server/observability", "core"],
  ["src/server/env", "core"],
  ["src/server/parse-env", "core"],
  ["src/server/errors", "core"],
  ["src/inngest/client", "events"],
  ["src/inngest/observability-middleware", "events"],
  ["src/inngest/events", "events"],
  ["src/inngest", "inngest"],
  ["src/app/api", "routes"],
  ["src/app", "pages"],
  ["src/components", "pages"],
  ["src/lib/trpc", "client-trpc"],
  ["src/lib", "lib"],
  ["src/messages", "messages"],
  ["src/i18n", "i18n"],
];

const base = ["kernel", "enums"];
const texts = ["messages", "i18n"];
/** Which layers each layer may import at run time (its own layer always). */
const ALLOWED = {
  kernel: ["enums"],
  enums: [],
  domain: base,
  core: [...base, "generated"],
  db: [...base, "core", "generated"],
  integrations: [...base, "core", "db", "domain", "generated"],
  content: [...base, "core", "generated", ...texts],
  events: [...base, "core"],
  services: [...base, "core", "db", "domain", "integrations", "content", "generated", "events", "lib", ...texts],
  auth: [...base, "core", "db", "services", "generated", "lib", ...texts],
  api: [...base, "core", "db", "services", "auth", "generated", "lib", ...texts],
  inngest: [...base, "core", "db", "services", "events", "generated"],
  routes: [...base, "core", "db", "services", "auth", "api", "events", "inngest", "integrations", "lib", ...texts],
  pages: [...base, "api", "auth", "lib", "client-trpc", ...texts],
  "client-trpc": [...base, "lib", ...texts],
  lib: [...base, ...texts],
  messages: [...base, "i18n"],
  i18n: [...base, "messages"],
};
/** Type-only imports erase at build time, so a page may name the shape of what a procedure returns. */
const ALLOWED_TYPES = {
  pages: ["services", "domain", "generated"],
  "client-trpc": ["api"],
  inngest: ["integrations", "content"],
  integrations: ["content"],
  // The reasons' writer names the facts the engine returns with each reason code (src/server/content/reasons).
  content: ["domain"],
  // A form or table helper may name the shape of a service's answer (erased at build time).
  lib: ["generated", "services"],
};

function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep).join("/");
  const hit = LAYERS.find(([prefix]) => rel === prefix || rel.startsWith(`${prefix}/`) || rel.startsWith(`${prefix}.`));
  return hit ? hit[1] : null;
}

function target(spec, fromFile) {
  if (spec.startsWith("@/")) return path.join(root, "src", spec.slice(2));
  if (spec.startsWith(".")) return path.resolve(path.dirname(fromFile), spec);
  return null;
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Imports follow the layer table (docs/architecture-map.md)." },
    messages: { layer: "The {{from}} layer may not import the {{to}} layer ({{spec}}); see docs/architecture-map.md." },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from || /\.test\.tsx?$/.test(file)) return {};
    function check(node, spec, typeOnly) {
      const resolved = typeof spec === "string" ? target(spec, file) : null;
      const to = resolved ? layerOf(resolved) : null;
      if (!to || to === from) return;
      if ((ALLOWED[from] ?? []).includes(to)) return;
      if (typeOnly && (ALLOWED_TYPES[from] ?? []).includes(to)) return;
      context.report({ node, messageId: "layer", data: { from, to, spec } });
    }
    return {
      ImportDeclaration(node) {
        const typeOnly =
          node.importKind === "type" ||
          (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
        check(node, node.source.value, typeOnly);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value, node.exportKind === "type");
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value, node.exportKind === "type");
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source.value, false);
      },
    };
  },
};

export default { rules: { "layer-boundaries": rule } };
