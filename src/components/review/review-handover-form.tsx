"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectField } from "@/components/form/labelled-field";
import { Link } from "@/i18n/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

/** A supervisor hands a waiting review to another eligible caseworker or supervisor of the district. */
export function ReviewHandoverForm({
  reviewId,
  people,
}: {
  reviewId: string;
  people: { id: string; name: string; role: "CASEWORKER" | "SUPERVISOR" }[];
}) {
  const t = useTranslations("reviewHandover");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const [to, setTo] = useState(people[0]?.id ?? "");
  const hand = useMutation(trpc.review.reassign.mutationOptions());
  if (hand.isSuccess) {
    return (
      <p role="status" className="rounded border border-green-600 bg-green-50 p-3" data-testid="review-handover-done">
        {t("done")}{" "}
        <Link href="/staff" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
    );
  }
  return (
    <section className="space-y-2 rounded border border-slate-300 p-3" data-testid="review-handover">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {people.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            hand.mutate({ reviewId, assigneeId: to });
          }}
        >
          <SelectField id="review-handover-to" label={t("to")} value={to} onChange={(e) => setTo(e.target.value)}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({t(`role.${p.role}`)})
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
