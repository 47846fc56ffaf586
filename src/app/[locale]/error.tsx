"use client";

import { useParams } from "next/navigation";
import { FaultRecovery } from "@/components/recovery/fault-recovery";
import { useFaultTexts } from "@/components/recovery/fault-texts";

// A page of the locale that threw while rendering: the header stays, the person reads what happened in their
// language (the texts come from the locale layout) and can retry the same page or go home.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  return <FaultRecovery locale={locale} texts={useFaultTexts()} error={error} reset={reset} />;
}
