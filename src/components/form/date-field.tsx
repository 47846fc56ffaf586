"use client";

import type { InputHTMLAttributes } from "react";
import { formatDottedDate, typedDateValue } from "@/lib/i18n/date-input";
import { TextField, type FieldFrame } from "./labelled-field";

type Props = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type"> & {
    /** How the day is typed ("dd.mm.yyyy" in the page's language), shown in the empty field. */
    placeholder: string;
    /** An ISO calendar date, or the text of one still being typed. */
    value: string;
    onValueChange: (value: string) => void;
  };

/**
 * A date typed as dd.mm.yyyy in every language (a native date input would follow the browser's language instead
 * of the page's). A complete day is handed on as an ISO date, for the server; a partial one as typed, which the
 * form's own check then refuses with the usual message.
 */
export function DateField({ value, onValueChange, ...props }: Props) {
  return (
    <TextField
      {...props}
      type="text"
      inputMode="numeric"
      maxLength={10}
      value={formatDottedDate(value)}
      onChange={(e) => onValueChange(typedDateValue(e.target.value))}
    />
  );
}
