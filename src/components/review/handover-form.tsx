"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { SelectField } from "@/components/form/labelled-field";
import { Link, useRouter } from "@/i18n/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPCClient } from "@/lib/trpc/react";

/**
 * What is handed over: a waiting review goes to another eligible caseworker or supervisor of the district, an open
 * appeal to another supervisor of the district who had no hand in the decision.
 */
export type HandoverSubject = { kind: "review"; reviewId: string } | { kind: "appeal"; appealId: string };

/** A person who may take it; the role is named where people of both roles are offered (reviews). */
export type HandoverPerson = { id: string; name: string; role?: "CASEWORKER" | "SUPERVISOR" };

/** A supervisor hands a review or an appeal to someone else of the district; the texts are `handover.<kind>`. */
export function HandoverForm({ subject, people }: { subject: HandoverSubject; people: HandoverPerson[] }) {
  const t = useTranslations("handover");
  const te = useTranslations("errors");
  const client = useTRPCClient();
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [to, setTo] = useState(people[0]?.id ?? "");
  const hand = useMutation({
    mutationFn: (personId: string) =>
      subject.kind === "review"
        ? client.review.reassign.mutate({ reviewId: subject.reviewId, assigneeId: personId })
        : client.review.reassignAppeal.mutate({ appealId: subject.appealId, supervisorId: personId }),
    // The review's page says who it is assigned to: read it again, or it named the old person beside "handed over".
    // Not an appeal's: one handed to another supervisor is no longer the viewer's to see, and its page would be 404.
    onSuccess: () => {
      if (subject.kind === "review") startRefresh(() => router.refresh());
    },
  });
  const { kind } = subject;
  const done = hand.isSuccess && !refreshing;
  // The form the cursor was in is gone: the confirmation takes it, so a keyboard user hears it and goes on from it.
  const doneRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  if (done) {
    return (
      <p
        ref={doneRef}
        tabIndex={-1}
        role="status"
        className="rounded border border-green-600 bg-green-50 p-3"
        data-testid={`${kind}-handover-done`}
      >
        {t(`${kind}.done`)}{" "}
        <Link href="/staff" className="text-brand-700 underline">
          {t(`${kind}.back`)}
        </Link>
      </p>
    );
  }
  return (
    <section className="space-y-2 rounded border border-slate-300 p-3" data-testid={`${kind}-handover`}>
      <h2 className="text-lg font-semibold">{t(`${kind}.title`)}</h2>
      {people.length === 0 ? (
        <p>{t(`${kind}.none`)}</p>
      ) : (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            hand.mutate(to);
          }}
        >
          <SelectField
            id={`${kind}-handover-to`}
            label={t(`${kind}.to`)}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          >
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.role ? `${p.name} (${t(`role.${p.role}`)})` : p.name}
              </option>
            ))}
          </SelectField>
          <button
            type="submit"
            disabled={hand.isPending || hand.isSuccess}
            className="rounded-lg border border-brand-600 px-4 py-3 font-semibold text-brand-700 disabled:opacity-60"
          >
            {t(`${kind}.submit`)}
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
