import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { Link } from "@/i18n/navigation";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("signInError");

// Auth.js's error types (`?error=`) that have words of their own; any other value, or none, reads as the general one.
const ZAuthError = z.enum(["Configuration", "AccessDenied", "Verification"]);
const TEXT = {
  Configuration: "errorConfiguration",
  AccessDenied: "errorAccessDenied",
  Verification: "errorVerification",
} as const;

/**
 * Auth.js's error page (`pages.error`, src/server/auth/index.ts): a sign-in that failed on the server's side (the
 * e-Gov provider misconfigured or unreachable, a refused callback) lands here instead of the library's English
 * "Server error" page. Auth.js redirects to `/sign-in/error?error=…`, without a language; the language routing
 * sends it on to the person's (their last page's language cookie, else the browser's), as with `/sign-in`. It says
 * what happened in plain words, never the technical detail, and leads back to sign-in.
 */
export default async function SignInErrorPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  const raw = (await searchParams).error;
  const kind = ZAuthError.safeParse(Array.isArray(raw) ? raw[0] : raw);
  const text = kind.success ? TEXT[kind.data] : "errorDefault";
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p
        role="alert"
        data-testid="sign-in-error"
        className="rounded border-2 border-red-700 bg-red-50 p-3 text-red-800"
      >
        {t(text)}
      </p>
      <p>
        <Link
          href="/sign-in"
          className="inline-block min-h-12 rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white"
        >
          {t("errorBack")}
        </Link>
      </p>
    </div>
  );
}
