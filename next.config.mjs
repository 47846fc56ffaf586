import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Prisma client is generated TypeScript inside src/; the pg driver stays a Node dependency. The PDF
  // libraries ship prebuilt bundles (fontkit's is a 36,000-line UMD file) that gain nothing from rebundling.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "pdf-lib", "@pdf-lib/fontkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // A new version of the tablet's service worker must reach the tablets at their next load.
      { source: "/inspector-sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
