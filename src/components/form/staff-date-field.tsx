"use client";

import { useTranslations } from "next-intl";
import { DateField } from "./date-field";

/**
 * The dd.mm.yyyy date field of the staff and admin forms, with the page's placeholder and hint (the citizen wizard
 * passes its own, without next-intl). A native date input would show "mm/dd/yyyy" to anyone whose browser speaks
 * English, whatever the page's language.
 */
export function StaffDateField({ hint, ...props }: Omit<Parameters<typeof DateField>[0], "placeholder">) {
  const t = useTranslations("common");
  return <DateField placeholder={t("datePlaceholder")} hint={hint ?? t("dateHint")} {...props} />;
}
