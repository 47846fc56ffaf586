"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

/** Opens the wizard on the citizen's draft, creating it if they have none (the server resumes an existing one). */
export function StartApplicationButton({ label }: { label: string }) {
  const te = useTranslations("errors");
  const locale = useLocale() as "az" | "ru" | "en";
  const router = useRouter();
  const trpc = useTRPC();
  const start = useMutation(
    trpc.application.start.mutationOptions({ onSuccess: (a) => router.push(`/apply/${a.id}`) }),
  );
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => start.mutate({ locale })}
        disabled={start.isPending}
        className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto"
      >
        {label}
      </button>
      {start.error && (
        <p role="alert" className="font-medium text-red-700">
          {te(errorKeyOf(start.error))}
        </p>
      )}
    </div>
  );
}
