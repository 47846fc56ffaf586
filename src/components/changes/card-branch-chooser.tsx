"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useLocaleFormat } from "@/components/use-locale-format";
import { branchNameIn } from "@/kernel/branch-name";
import { SelectField, buttonSecondary, fieldId } from "@/components/wizard/fields";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { WaitingForConnection } from "@/components/application/waiting-for-connection";

/** The family may collect its card at another branch of the same bank until the card is made (issue 14). */
export function CardBranchChooser({ applicationId, onChanged }: { applicationId: string; onChanged?: () => void }) {
  const t = useTranslations("changes.branch");
  const te = useTranslations("errors");
  const format = useLocaleFormat();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.changes.cardBranches.queryOptions({ applicationId });
  const { data } = useQuery(options);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const choose = useMutation(
    trpc.changes.chooseCardBranch.mutationOptions({
      onSuccess: () => {
        setDone(true);
        void queryClient.invalidateQueries({ queryKey: options.queryKey });
        onChanged?.();
      },
      onError: (e) => setError(errorKeyOf(e)),
    }),
  );
  if (!data) return null;
  const day = format.day;
  const chosen = data.branches?.find((b) => b.code === code);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (!code) {
      setError("notChosen");
      // The cursor to the list the message is about, as every refused form does.
      return document.getElementById(fieldId("branchCode"))?.focus();
    }
    setError(null);
    choose.mutate({ applicationId, branchCode: code });
  }

  return (
    <section
      aria-labelledby="branch-title"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="card-branch"
    >
      <h2 id="branch-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p data-testid="card-branch-current">
        {t("current", {
          name: data.current.name ? branchNameIn(locale, { ...data.current, name: data.current.name }) : "—",
          address: data.current.address ?? "—",
          date: day(data.current.cardPickupDate),
        })}
      </p>
      {done && <p role="status">{t("done")}</p>}
      {data.branches === null ? (
        <p>{t("unavailable")}</p>
      ) : (
        <form noValidate onSubmit={onSubmit} className="space-y-3">
          <SelectField
            path="branchCode"
            label={t("choose")}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={error === "notChosen" ? t("notChosen") : error ? te(error) : null}
          >
            <option value="">—</option>
            {data.branches.map((b) => (
              <option key={b.code} value={b.code}>
                {branchNameIn(locale, b)} — {b.address}
              </option>
            ))}
          </SelectField>
          {/* A phone's closed list shows the start of an option only: the chosen branch's whole address is here. */}
          {chosen && (
            <p className="wrap-anywhere" data-testid="card-branch-chosen-address">
              {t("chosenAddress", { address: chosen.address })}
            </p>
          )}
          <button type="submit" disabled={choose.isPending} className={buttonSecondary}>
            {t("submit")}
          </button>
          <WaitingForConnection waiting={choose.isPaused} />
        </form>
      )}
    </section>
  );
}
