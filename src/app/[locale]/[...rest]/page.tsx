import { notFound } from "next/navigation";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("notFound");

// Any address under a locale that no page matches: without this, Next answers with its own English 404
// instead of the localized not-found page of the locale layout.
export default function UnknownPage() {
  notFound();
}
