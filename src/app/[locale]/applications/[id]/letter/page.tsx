import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DecisionLetter } from "@/components/application/decision-letter";
import { PrintButton } from "@/components/application/print-button";
import { letterPdfPath } from "@/components/application/letter-pdf-path";
import { ZLetterQuery } from "@/lib/letters/letter-query";
import { Link } from "@/i18n/navigation";
import { requireRole } from "@/server/auth/require-role";
import { serverApi } from "@/server/api/server-caller";
import { pageTitleUnlessHidden } from "@/i18n/page-title";
import { letterVisible } from "@/server/auth/visible-to-current-user";

type SearchParams = Record<string, string | string[] | undefined>;

/** The decision `?decision=` names (an earlier letter), undefined for the latest, or null when it is malformed. */
function decisionOf(searchParams: SearchParams): string | undefined | null {
  const query = ZLetterQuery.safeParse(searchParams);
  return query.success ? query.data.decision : null;
}

// Titled "not found" as its page is, for another family's application, for one with no decision yet, and for a
// decision that is not one of this application's letters.
export const generateMetadata = pageTitleUnlessHidden(
  "letter",
  async ({ id }: { locale: string; id: string }, searchParams) => {
    const decisionId = decisionOf(searchParams);
    return decisionId !== null && (await letterVisible(id, decisionId));
  },
);

export default async function DecisionLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireRole(locale, ["CITIZEN"]);
  const decisionId = decisionOf(await searchParams);
  if (decisionId === null) notFound();
  const api = await serverApi();
  const content = await api.application.letterContent({ applicationId: id, decisionId }).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  // The controls speak the page's language; the letter its own — the application's, or for an answer to an appeal
  // the appeal's (they may differ).
  const t = await getTranslations("letter");
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 print:hidden sm:flex-row sm:items-center sm:justify-between">
        <Link href={`/applications/${id}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
        <div className="flex flex-col gap-3 sm:flex-row">
          <a
            href={letterPdfPath(id, decisionId)}
            type="application/pdf"
            download
            className="rounded-lg border border-brand-600 px-5 py-3 text-center font-semibold text-brand-700"
            data-testid="letter-pdf"
          >
            {t("downloadPdf")}
          </a>
          <PrintButton label={t("print")} />
        </div>
      </div>
      <DecisionLetter content={content} />
    </div>
  );
}
