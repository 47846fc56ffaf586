"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { FamilyPayments } from "@/components/assistance-year/family-payments";
import { useLocaleFormat } from "@/components/use-locale-format";
import { Unbroken } from "@/components/unbroken";
import { Link } from "@/i18n/navigation";
import { useTRPC } from "@/lib/trpc/react";
import { CardBranchChooser } from "@/components/changes/card-branch-chooser";
import { ChangeReportSection } from "@/components/changes/change-report-section";
import { AppealForm } from "./appeal-form";
import { LetterList } from "./letter-list";
import { letterPagePath, letterPdfPath } from "./letter-pdf-path";
import { TimelineList } from "./timeline-list";
import type { CitizenApplicationView } from "./timeline-types";
import { WithdrawControl } from "./withdraw-control";
import { FAMILY_PAGE_POLL_MS } from "./family-page-poll";
import { isOpenStatus, showsPayments } from "@/kernel/application-statuses";

function settled(view: CitizenApplicationView | undefined): boolean {
  if (!view) return false;
  if (view.status === "WITHDRAWN" || view.status === "DRAFT") return true;
  const appealOpen = view.events.some((e) => e.kind === "APPEAL_FILED" && !e.answered);
  if (view.status === "REFUSED") return !appealOpen;
  return view.status === "ASSIGNED" && !appealOpen && view.events.some((e) => e.kind === "BANK_CARD");
}

export function CitizenApplication({ initial }: { initial: CitizenApplicationView }) {
  const t = useTranslations("applicationPage");
  const ts = useTranslations("status");
  const tl = useTranslations("letter");
  const locale = useLocale() as "az" | "ru" | "en";
  const format = useLocaleFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.application.timeline.queryOptions({ applicationId: initial.id, locale });
  const { data } = useQuery({
    ...options,
    initialData: initial,
    refetchInterval: (q) => (settled(q.state.data) ? false : FAMILY_PAGE_POLL_MS),
  });
  const view = data ?? initial;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: options.queryKey });
  const day = format.day;
  const [done, setDone] = useState<"appeal" | "withdraw" | null>(null);
  const finish = (what: "appeal" | "withdraw") => {
    setDone(what);
    refresh();
  };

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold" data-testid="application-title">
        {view.registrationNumber ? (
          <Unbroken text={t("title", { number: view.registrationNumber })} part={view.registrationNumber} />
        ) : (
          t("draftTitle")
        )}
      </h1>
      <dl className="grid wrap-anywhere grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("status")}</dt>
        <dd data-testid="application-status">{ts(view.status)}</dd>
        {view.applicationDate && (
          <>
            <dt className="font-medium">{t("registered")}</dt>
            <dd data-testid="application-date">{day(view.applicationDate)}</dd>
          </>
        )}
        {/* The decision's deadline while the decision is awaited: not while an appeal against it is. */}
        {view.decisionDueOn && isOpenStatus(view.status) && (
          <>
            <dt className="font-medium">{t("due")}</dt>
            <dd>{day(view.decisionDueOn)}</dd>
          </>
        )}
      </dl>
      {view.status === "DRAFT" && (
        <Link
          href={`/apply/${view.id}`}
          className="inline-block rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white"
        >
          {t("continueDraft")}
        </Link>
      )}
      {showsPayments(view) && <FamilyPayments applicationId={view.id} />}
      <section aria-labelledby="timeline-title" className="space-y-2">
        <h2 id="timeline-title" className="text-xl font-semibold">
          {t("timeline")}
        </h2>
        {!settled(view) && <p className="text-sm text-slate-700">{t("autoUpdate")}</p>}
        <TimelineList events={view.events} />
      </section>
      {view.hasLetter && (
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href={letterPagePath(view.id)} className="font-semibold text-brand-700 underline">
            {t("letter")}
          </Link>
          <a
            href={letterPdfPath(view.id)}
            type="application/pdf"
            download
            className="font-semibold text-brand-700 underline"
            data-testid="letter-pdf"
          >
            {tl("downloadPdf")}
          </a>
        </p>
      )}
      {/* Every letter the family was sent (earlier decisions, changes, an appeal's answer), newest first: it needs
          them for courts and other offices. With one letter, the links above are that letter. */}
      {view.letters.length > 1 && <LetterList applicationId={view.id} letters={view.letters} />}
      {/* A confirmation outlives its control: once the appeal is filed or the application withdrawn, the page
          no longer offers that control, and the family must still read that it worked. */}
      {done && (
        <p role="status" className="rounded-lg border border-brand-600 bg-white p-4 font-medium">
          {t(`${done}.done`)}
        </p>
      )}
      {/* Changes during the period (issue 14): the card's branch until it is made, and change reports. Not once a
          later decision ended the assistance (the application is then refused; its months stay above). */}
      {view.status === "ASSIGNED" && view.events.some((e) => e.kind === "BANK_CARD") && (
        <CardBranchChooser applicationId={view.id} onChanged={refresh} />
      )}
      {(view.status === "ASSIGNED" || view.status === "REFUSED") && (
        <ChangeReportSection applicationId={view.id} onDecided={refresh} />
      )}
      {view.canAppeal && !done && <AppealForm applicationId={view.id} onDone={() => finish("appeal")} />}
      {view.canWithdraw && !done && <WithdrawControl applicationId={view.id} onDone={() => finish("withdraw")} />}
    </div>
  );
}
