"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectField } from "@/components/form/labelled-field";
import { Link } from "@/i18n/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

/** Hands an open appeal to another supervisor of the district who had no hand in the decision. */
export function AppealHandoverForm({
  appealId,
  supervisors,
}: {
  appealId: string;
  supervisors: { id: string; name: string }[];
}) {
  const t = useTranslations("appealHandover");
  const ta = useTranslations("appealAnswer");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const [to, setTo] = useState(supervisors[0]?.id ?? "");
  const hand = useMutation(trpc.review.reassignAppeal.mutationOptions());
  if (hand.isSuccess) {
    return (
      <p role="status" className="rounded border border-green-600 bg-green-50 p-3" data-testid="handover-done">
        {t("done")}{" "}
        <Link href="/staff" className="text-brand-700 underline">
          {ta("back")}
        </Link>
      </p>
    );
  }
  return (
    <section className="space-y-2 rounded border border-slate-300 p-3" data-testid="appeal-handover">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {supervisors.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            hand.mutate({ appealId, supervisorId: to });
          }}
        >
          <SelectField id="handover-to" label={t("to")} value={to} onChange={(e) => setTo(e.target.value)}>
            {supervisors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            disabled={hand.isPending}
            className="rounded-lg border border-brand-600 px-4 py-3 font-semibold text-brand-700 disabled:opacity-60"
          >
            {t("submit")}
          </button>
        </form>
      )}
      {hand.error && (
        <p role="alert" className="font-medium text-red-700">
          {te(errorKeyOf(hand.error))}
        </p>
      )}
    </section>
  );
}
