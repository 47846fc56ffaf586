import "server-only";
import { getTranslations } from "next-intl/server";
import type { FaultTexts } from "./fault-texts";

// Stands in for the digest, which only the browser knows: no text contains it, so the formatted text splits on it
// into what comes before the digest and after.
const DIGEST = "\u0000";

/** The error page's texts in `locale`, formatted here, where next-intl is: the browser only joins them. */
export async function faultTextsOf(locale: string): Promise<FaultTexts> {
  const t = await getTranslations({ locale, namespace: "recovery" });
  const [before = "", after = ""] = t("reference", { digest: DIGEST }).split(DIGEST);
  return {
    errorTitle: t("errorTitle"),
    errorText: t("errorText"),
    tryAgain: t("tryAgain"),
    home: t("home"),
    reference: [before, after],
  };
}
