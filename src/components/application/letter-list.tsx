"use client";

import { useTranslations } from "next-intl";
import { useLocaleFormat } from "@/components/use-locale-format";
import { Link } from "@/i18n/navigation";
import { letterPagePath, letterPdfPath } from "./letter-pdf-path";
import type { CitizenApplicationView } from "./timeline-types";

/**
 * The family's decision letters, newest first, each with its page and its PDF (docs/decision-letter.md). Each link
 * names its letter (kind and day), so a screen reader's list of links tells them apart. One column on a phone.
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
  return (
    <section aria-labelledby="letters-title" className="space-y-2" data-testid="letters">
      <h2 id="letters-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
        {letters.map((letter, index) => {
          const name = `${t(`kind.${letter.kind}`)}, ${format.day(letter.decidedOn)}`;
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
                <time dateTime={letter.decidedOn} className="text-sm text-slate-700">
                  {format.day(letter.decidedOn)}
                </time>
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
