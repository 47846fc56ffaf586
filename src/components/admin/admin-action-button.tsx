"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { useAdminStatus } from "./admin-status";

type Action =
  | { kind: "confirmParameter"; proposalId: string }
  | { kind: "withdrawParameter"; proposalId: string }
  | { kind: "rejectParameter"; proposalId: string }
  | { kind: "setStaffActive"; userId: string; active: boolean }
  | { kind: "sendPasswordLink"; userId: string };

/**
 * One button of the console (confirm, withdraw or reject a proposal, deactivate or reactivate an account, resend a
 * password link); the page reloads its data. A consequential one (`ask` given) asks first: a second button that
 * names what it does ("Yes, deactivate Aysel Məmmədova") takes the cursor, beside one that cancels (or Escape);
 * done, it says so in the console's status line (`done`), since the button may leave the page with its row.
 */
export function AdminActionButton({
  action,
  label,
  testId,
  doneLabel,
  ask,
  done,
}: {
  action: Action;
  label: string;
  testId?: string;
  /** Said beside the button once done (an action that asks nothing first). */
  doneLabel?: string;
  /** The confirming button's words; without them the action runs on the first press. */
  ask?: string;
  /** Said in the status line once done. */
  done?: string;
}) {
  const t = useTranslations("adminConsole.confirmStep");
  const te = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const announce = useAdminStatus();
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const onSuccess = () => {
    setAsking(false);
    if (done) announce(done);
    router.refresh();
  };
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
  // The cursor follows the question: onto "Yes, …" when asked, back onto the button when cancelled.
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    requestAnimationFrame(() => first.current?.focus());
  };

  const button = "rounded border px-3 py-1 font-semibold disabled:opacity-60";
  return (
    <span className="inline-flex flex-col gap-1">
      {asking ? (
        <span
          role="group"
          aria-label={label}
          className="inline-flex flex-wrap gap-2"
          onKeyDown={(e) => {
            if (e.key === "Escape") cancel();
          }}
        >
          <button
            ref={yes}
            type="button"
            data-testid={testId && `${testId}-yes`}
            disabled={mutation.isPending}
            onClick={run}
            className={`${button} border-red-700 bg-red-700 text-white`}
          >
            {ask}
          </button>
          <button type="button" onClick={cancel} className={`${button} border-slate-500 text-slate-800`}>
            {t("cancel")}
          </button>
        </span>
      ) : (
        <button
          ref={first}
          type="button"
          data-testid={testId}
          disabled={mutation.isPending}
          onClick={ask ? () => setAsking(true) : run}
          className={`${button} border-brand-600 text-brand-700`}
        >
          {label}
        </button>
      )}
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
