"use client";

import { useState } from "react";
import { StaffDateField } from "./staff-date-field";

/**
 * A day of a search form sent by GET (the audit log, the reports), typed dd.mm.yyyy as in every staff form (a
 * native date input showed "mm/dd/yyyy" to an English browser on an Azerbaijani page). The field sends the day as it
 * shows it ("01.02.2026"); the page reads that back (searchDayParam), and the ISO days of older addresses too.
 */
export function SearchDayField({
  id,
  label,
  defaultValue,
  error,
}: {
  id: string;
  label: string;
  /** The day asked for: an ISO day, or what was typed when it is not one. */
  defaultValue: string;
  error?: string;
}) {
  const [value, setValue] = useState(defaultValue);
  return (
    <StaffDateField
      id={id}
      name={id}
      label={label}
      value={value}
      onValueChange={setValue}
      error={error}
      autoComplete="off"
    />
  );
}
