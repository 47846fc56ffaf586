"use client";

import { useTranslations } from "next-intl";
import { bakuDate } from "@/kernel/calendar-date";
import { dateHintExample } from "@/lib/i18n/date-input";
import { DateField } from "./date-field";

/**
 * The dd.mm.yyyy date field of the staff and admin forms, with the page's placeholder and hint (the citizen wizard
 * passes its own, without next-intl). A native date input would show "mm/dd/yyyy" to anyone whose browser speaks
 * English, whatever the page's language. No staff form asks for a birth date, so the hint's example is a day near
 * now (dateHintExample): the page's `today` when it gives it, else the 1st of March of this year in Baku.
 */
export function StaffDateField({
  hint,
  today,
  ...props
}: Omit<Parameters<typeof DateField>[0], "placeholder"> & {
  /** The page's today (ISO, Baku), for the hint's example. */
  today?: string;
}) {
  const t = useTranslations("common");
  const example = dateHintExample(today ? { today } : { year: Number(bakuDate(new Date()).slice(0, 4)) });
  return <DateField placeholder={t("datePlaceholder")} hint={hint ?? t("dateHintExample", { example })} {...props} />;
}
