import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";

/** The tablet app's web manifest, in the locale's language: installed, it opens on the visits, full screen. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "tablet" });
  const start = `/${locale}/inspector`;
  const manifest = {
    id: start,
    name: t("appName"),
    short_name: t("shortName"),
    lang: locale,
    start_url: start,
    scope: start,
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#0b5cad",
    icons: [
      { src: "/icons/inspector-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/inspector-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/inspector-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { "content-type": "application/manifest+json; charset=utf-8" },
  });
}
