"use client";

import type { CompiledMessage } from "icu-minify/format";
import { createContext, useContext, type ReactNode } from "react";
import type { AppLocale } from "@/i18n/locales";
import { fillText } from "./fill-text";

type Values = Record<string, string | number>;
/** A translator of one namespace: the text under `key`, filled in with `values`. */
export type Translate = (key: string, values?: Values) => string;

export interface Texts {
  locale: AppLocale;
  /** The wizard's namespaces of the catalog, as the build compiled them (icu-minify's form). */
  messages: Record<string, unknown>;
}

const TextsContext = createContext<Texts | null>(null);

/**
 * The wizard's texts, which the apply page hands to the wizard. Not next-intl's client provider: the wizard
 * is the one page measured on a phone's first load, and next-intl's provider, translator and navigation are about
 * 10 KB there; its texts, compiled at build time, need only their plain arguments filled in (fill-text.ts).
 */
export function WizardTexts({ children, ...texts }: Texts & { children: ReactNode }) {
  return <TextsContext value={texts}>{children}</TextsContext>;
}

function useTexts(): Texts {
  const texts = useContext(TextsContext);
  if (!texts) throw new Error("The wizard's components need the WizardTexts the wizard renders.");
  return texts;
}

export const useWizardLocale = (): AppLocale => useTexts().locale;

/**
 * Translates like next-intl's `useTranslations(namespace)` over the same compiled texts. A text that is missing,
 * or lacks one of its values, reads as its key, as next-intl shows it.
 */
export function useWizardText(namespace: string): Translate {
  const { messages } = useTexts();
  return (key, values) => {
    const path = `${namespace}.${key}`;
    const message = path
      .split(".")
      .reduce<unknown>((node, part) => (isBranch(node) ? node[part] : undefined), messages);
    if (typeof message !== "string" && !Array.isArray(message)) return path;
    return fillText(message as CompiledMessage, values) ?? path;
  };
}

const isBranch = (node: unknown): node is Record<string, unknown> =>
  typeof node === "object" && node !== null && !Array.isArray(node);
