"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SubmitButton } from "@/components/form/submit-button";

/**
 * Sign-in through the e-government identity service (OpenID Connect): the person proves who they are there, and
 * comes back signed in, with no code to type, to `home`. `failed`: Auth.js sent them back here with an error.
 */
export function EgovSignIn({ failed, home }: { failed: boolean; home: string }) {
  const t = useTranslations("signIn");
  const [leaving, setLeaving] = useState(false);
  return (
    <section aria-labelledby="egov-title" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="egov-title" className="text-lg font-semibold">
        {t("egov")}
      </h2>
      {failed && (
        <p role="alert" className="rounded border-2 border-red-700 bg-red-50 p-2 text-red-800">
          {t("egovFailed")}
        </p>
      )}
      <p>{t("egovLead")}</p>
      <SubmitButton
        type="button"
        busy={leaving}
        className="min-h-12 w-full rounded-lg bg-brand-700 px-4 py-3 text-lg font-semibold text-white disabled:cursor-wait disabled:opacity-60"
        onClick={() => {
          setLeaving(true);
          void signIn("egov", { redirectTo: home });
        }}
      >
        {t("egov")}
      </SubmitButton>
    </section>
  );
}
