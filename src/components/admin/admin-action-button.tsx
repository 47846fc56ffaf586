"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

type Action = { kind: "confirmParameter"; proposalId: string } | { kind: "setStaffActive"; userId: string; active: boolean };

/** One button of the console (confirm a proposal, deactivate or reactivate an account); the page reloads its data. */
export function AdminActionButton({ action, label, testId }: { action: Action; label: string; testId?: string }) {
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const onSuccess = () => router.refresh();
  const confirm = useMutation(trpc.administration.confirmParameter.mutationOptions({ onSuccess }));
  const setActive = useMutation(trpc.administration.setStaffActive.mutationOptions({ onSuccess }));
  const mutation = action.kind === "confirmParameter" ? confirm : setActive;
  function run() {
    if (action.kind === "confirmParameter") confirm.mutate({ proposalId: action.proposalId });
    else setActive.mutate({ userId: action.userId, active: action.active });
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" data-testid={testId} disabled={mutation.isPending} onClick={run}
        className="rounded border border-brand-600 px-3 py-1 font-semibold text-brand-700 disabled:opacity-60">
        {label}
      </button>
      {mutation.error && <span role="alert" className="font-medium text-red-700">{te(errorKeyOf(mutation.error))}</span>}
    </span>
  );
}
