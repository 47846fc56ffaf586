"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

/**
 * Orders the family's card account again, for an account the bank refused or never answered. The result shows in
 * place: the new order, or why it was refused (e.g. the bank has just answered, or a colleague was quicker).
 */
export function ReorderCardAccount({ applicationId }: { applicationId: string }) {
  const t = useTranslations("attention.reorder");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const reorder = useMutation(trpc.review.reorderBankAccount.mutationOptions());

  if (reorder.isSuccess)
    return (
      <p role="status" className="font-medium text-green-800" data-testid="reorder-result">
        {t("done")}
      </p>
    );
  return (
    <div className="space-y-2">
      <button
        type="button"
        className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60"
        disabled={reorder.isPending}
        onClick={() => reorder.mutate({ applicationId })}
      >
        {t("button")}
      </button>
      {reorder.error && (
        <p role="alert" className="font-medium text-red-700" data-testid="reorder-result">
          {te(errorKeyOf(reorder.error))}
        </p>
      )}
    </div>
  );
}
