"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

type Action =
  | { kind: "confirmParameter"; proposalId: string }
  | { kind: "withdrawParameter"; proposalId: string }
  | { kind: "rejectParameter"; proposalId: string }
  | { kind: "setStaffActive"; userId: string; active: boolean }
  | { kind: "sendPasswordLink"; userId: string };

/**
 * One button of the console (confirm, withdraw or reject a proposal, deactivate or reactivate an account, resend a
 * password link); the page reloads its data.
 */
export function AdminActionButton({
  action,
  label,
  testId,
  doneLabel,
}: {
  action: Action;
  label: string;
  testId?: string;
  doneLabel?: string;
}) {
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const onSuccess = () => router.refresh();
  const confirm = useMutation(trpc.administration.confirmParameter.mutationOptions({ onSuccess }));
  const withdraw = useMutation(trpc.administration.withdrawParameterProposal.mutationOptions({ onSuccess }));
  const reject = useMutation(trpc.administration.rejectParameterProposal.mutationOptions({ onSuccess }));
  const setActive = useMutation(trpc.administration.setStaffActive.mutationOptions({ onSuccess }));
  const sendLink = useMutation(trpc.administration.sendPasswordLink.mutationOptions({ onSuccess }));
  const mutation = {
    confirmParameter: confirm,
    withdrawParameter: withdraw,
    rejectParameter: reject,
    setStaffActive: setActive,
    sendPasswordLink: sendLink,
  }[action.kind];
  function run() {
    if (action.kind === "confirmParameter") confirm.mutate({ proposalId: action.proposalId });
    else if (action.kind === "withdrawParameter") withdraw.mutate({ proposalId: action.proposalId });
    else if (action.kind === "rejectParameter") reject.mutate({ proposalId: action.proposalId });
    else if (action.kind === "setStaffActive") setActive.mutate({ userId: action.userId, active: action.active });
    else sendLink.mutate({ userId: action.userId });
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        data-testid={testId}
        disabled={mutation.isPending}
        onClick={run}
        className="rounded border border-brand-600 px-3 py-1 font-semibold text-brand-700 disabled:opacity-60"
      >
        {label}
      </button>
      {mutation.error && (
        <span role="alert" className="font-medium text-red-700">
          {te(errorKeyOf(mutation.error))}
        </span>
      )}
      {doneLabel && mutation.isSuccess && (
        <span role="status" className="font-medium text-green-800">
          {doneLabel}
        </span>
      )}
    </span>
  );
}
