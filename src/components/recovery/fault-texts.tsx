"use client";

import { createContext, useContext, type ReactNode } from "react";

/** What an error page says, in one language; `reference` is the text around the fault's digest. */
export interface FaultTexts {
  errorTitle: string;
  errorText: string;
  tryAgain: string;
  home: string;
  reference: readonly [before: string, after: string];
}

const FaultTextsContext = createContext<FaultTexts | null>(null);

/**
 * The locale error page's texts, in the page's language, handed down by the locale layout: the page then carries
 * no catalog and no formatter of its own (it is in every page's first load).
 */
export function FaultTextsProvider({ texts, children }: { texts: FaultTexts; children: ReactNode }) {
  return <FaultTextsContext value={texts}>{children}</FaultTextsContext>;
}

export function useFaultTexts(): FaultTexts {
  const texts = useContext(FaultTextsContext);
  if (!texts) throw new Error("The locale error page needs the FaultTextsProvider of the locale layout.");
  return texts;
}
