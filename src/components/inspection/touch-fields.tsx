import type { ReactNode } from "react";

// Inputs sized for a finger on a tablet (at least 48 px high), each tied to its label and error for screen
// readers (WCAG 1.3.1, 3.3.1, 2.5.5).

export const inputClass = "min-h-12 w-full rounded-lg border border-slate-400 px-3 py-2 text-lg aria-[invalid]:border-red-700";
export const buttonClass = "min-h-12 rounded-lg px-5 py-3 text-lg font-semibold disabled:opacity-60";

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

/** Props that tie a control to its error message. */
export function errorProps(id: string, message: string | undefined) {
  return message ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function CheckRow({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label htmlFor={id} className="flex min-h-12 cursor-pointer items-center gap-3 text-lg">
      <input id={id} type="checkbox" className="size-6" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
