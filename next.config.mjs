import { createRequire } from "node:module";
import path from "node:path";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// API answers are JSON or a PDF, never a document that runs code: nothing may load from them or frame them.
// Pages get a per-request nonce policy from src/proxy.ts instead (src/lib/security/content-security-policy.ts).
const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";
// The app's own API routes. An unknown /api address is answered by the root not-found page, a document whose
// streamed content needs Next's scripts: under the no-content policy it would stay blank.
const apiRoutes = "trpc|auth|health|ready|inngest|webhooks|applications|what-if\\.csv";
// Two years, sub-domains included: once seen over HTTPS, the browser never talks plain HTTP to the service again.
const strictTransportSecurity = "max-age=63072000; includeSubDomains";

// The catalogs are compiled at build time (tools/build/precompile-catalog.mjs) and every translation, server and
// browser alike, is formatted from that form: the browser's next-intl then carries no ICU parser. next-intl's own
// `experimental.messages.precompile` does the same, but its loader turns a catalog into a JavaScript module, which
// Turbopack refuses for the catalogs imported with the JSON import attribute (notices, reasons).
const formatOnly = createRequire(import.meta.url).resolve("use-intl/format-message/format-only");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: {
    rules: {
      "*.json": {
        condition: { path: "./src/messages/**/*" },
        loaders: ["./tools/build/precompile-catalog.mjs"],
        as: "*.json",
      },
    },
    // A relative path: Turbopack still bundles the full formatter behind an absolute one (next.js issue 88540).
    resolveAlias: { "use-intl/format-message": `./${path.relative(process.cwd(), formatOnly)}` },
  },
  // A self-contained server (.next/standalone/server.js) with only the node_modules it traces: what the Docker
  // image ships and what `npm start -- --prod` runs (tools/dev/standalone.ts).
  output: "standalone",
  // The decision letter reads its Noto Sans files from node_modules at run time (letter-fonts.ts); no import
  // points the tracer at them, so they are named here to travel with the standalone server.
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
      "./node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
    ],
  },
  // The Prisma client is generated TypeScript inside src/; the pg driver stays a Node dependency. The PDF
  // libraries ship prebuilt bundles (fontkit's is a 36,000-line UMD file) that gain nothing from rebundling.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "pdf-lib", "@pdf-lib/fontkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Only in production: a developer's http://localhost must not be pinned to HTTPS for two years.
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: strictTransportSecurity }]
            : []),
        ],
      },
      // Headers a browser reads only on a document (or a worker's script): not on the build's hashed scripts,
      // styles and fonts, where a phone would download them once per file (about 135 bytes each) for nothing.
      {
        source: "/:path((?!_next/static/).*)",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        source: `/api/:route(${apiRoutes})`,
        headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }],
      },
      {
        source: `/api/:route(${apiRoutes})/:rest*`,
        headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }],
      },
      // A new version of the tablet's service worker must reach the tablets at their next load.
      { source: "/inspector-sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
