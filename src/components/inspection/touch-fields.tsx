import type { ReactNode } from "react";

// Buttons, groups and check rows sized for a finger on a tablet (at least 48 px high, WCAG 2.5.5); the labelled
// inputs are the shared ones (components/form/labelled-field.tsx) with `touch`.

export const buttonClass = "min-h-12 rounded-lg px-5 py-3 text-lg font-semibold disabled:opacity-60";

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function CheckRow({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label htmlFor={id} className="flex min-h-12 cursor-pointer items-center gap-3 text-lg">
      <input
        id={id}
        type="checkbox"
        className="size-6"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
