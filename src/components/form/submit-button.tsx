"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ButtonHTMLAttributes } from "react";
import { adoptValuesTypedBeforeHydration, useHydrated } from "./use-hydrated";

export const primaryButtonClass =
  "rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:cursor-wait disabled:opacity-60";

/**
 * A form's button that works only once the page's scripts have taken over the form. In the server's HTML, and
 * until hydration, it is disabled and a line under it says the page is still loading, in the page's language: a
 * press (or Enter in a field, which does nothing while the form's default button is disabled) would otherwise be
 * the browser's native submit, a reload of the page that empties every field and sends nothing. What was typed
 * meanwhile stays: once hydrated, the button hands its form's typed fields to React (adoptValuesTypedBeforeHydration).
 * `busy`: the form's own wait (a request out).
 */
export function SubmitButton({
  busy = false,
  type = "submit",
  className = `w-full ${primaryButtonClass}`,
  children,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "disabled"> & { busy?: boolean }) {
  const t = useTranslations("common");
  const hydrated = useHydrated();
  const button = useRef<HTMLButtonElement>(null);
  // Rendered by the server (false on the first render, while hydrating), not mounted later by a script.
  const fromServerHtml = useRef(!hydrated);
  useEffect(() => {
    if (fromServerHtml.current) adoptValuesTypedBeforeHydration(button.current?.form ?? null);
  }, []);
  return (
    <>
      <button
        {...rest}
        ref={button}
        type={type}
        disabled={busy || !hydrated}
        data-hydrated={hydrated ? "true" : "false"}
        className={className}
      >
        {children}
      </button>
      {!hydrated && (
        <p role="status" className="text-sm text-slate-700" data-testid="page-still-loading">
          {t("pageStillLoading")}
        </p>
      )}
    </>
  );
}
