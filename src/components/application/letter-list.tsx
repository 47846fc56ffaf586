"use client";

import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import { Link } from "@/i18n/navigation";
import { manatText } from "@/lib/i18n/manat-text";
import { letterPagePath, letterPdfPath } from "./letter-pdf-path";
import type { CitizenApplicationView } from "./timeline-types";

type Letter = CitizenApplicationView["letters"][number];
/** The day and the time of day a letter was decided, in Baku, on the 24-hour clock as everywhere on the page. */
const CLOCK = { dateStyle: "long", timeStyle: "short" } as const;

/**
 * The family's decision letters, newest first, each with its page and its PDF (docs/decision-letter.md). Each gives
 * its kind, its day and time and what it decided, and each link names its letter by all three, so that two letters
 * of one day (the decision and the one after a change reported that day) read apart, on the page and in a screen
 * reader's list of links. One column on a phone.
 */
export function LetterList({
  applicationId,
  letters,
}: {
  applicationId: string;
  letters: CitizenApplicationView["letters"];
}) {
  const t = useTranslations("applicationPage.letters");
  const tl = useTranslations("letter");
  const format = useLocaleFormat();
  const decided = (letter: Letter) =>
    letter.outcome === "ASSIGN"
      ? letter.amountQepik === null
        ? null
        : t("outcome.assigned", { amount: manatText(letter.amountQepik, format.number) })
      : letter.effectiveFrom
        ? t("outcome.ended", { date: format.day(letter.effectiveFrom) })
        : t("outcome.refused");
  return (
    <section aria-labelledby="letters-title" className="space-y-2" data-testid="letters">
      <h2 id="letters-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
        {letters.map((letter, index) => {
          const when = format.dateTime(new Date(letter.decidedAt), CLOCK);
          const outcome = decided(letter);
          const name = [t(`kind.${letter.kind}`), when, outcome].filter(Boolean).join(", ");
          return (
            <li
              key={letter.decisionId}
              className="flex flex-col gap-2 p-3 wrap-anywhere sm:flex-row sm:items-center sm:justify-between"
              data-testid="letter-item"
              data-kind={letter.kind}
            >
              <p>
                <span className="font-medium">{t(`kind.${letter.kind}`)}</span>
                {index === 0 && <span className="text-sm text-slate-700"> ({t("latest")})</span>}
                <br />
                <time dateTime={letter.decidedAt} className="text-sm text-slate-700">
                  {when}
                </time>
                {outcome && (
                  <>
                    <br />
                    <span className="text-sm" data-testid="letter-item-outcome">
                      {outcome}
                    </span>
                  </>
                )}
              </p>
              <p className="flex flex-wrap gap-x-5 gap-y-2">
                <Link
                  href={letterPagePath(applicationId, letter.decisionId)}
                  aria-label={`${t("open")}: ${name}`}
                  className="py-1 font-semibold text-brand-700 underline"
                  data-testid="letter-item-page"
                >
                  {t("open")}
                </Link>
                <a
                  href={letterPdfPath(applicationId, letter.decisionId)}
                  type="application/pdf"
                  download
                  aria-label={`${tl("downloadPdf")}: ${name}`}
                  className="py-1 font-semibold text-brand-700 underline"
                  data-testid="letter-item-pdf"
                >
                  {t("pdf")}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
