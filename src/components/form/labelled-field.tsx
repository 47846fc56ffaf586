import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// One labelled control for every form: the label, hint and error are tied to the control for screen readers
// (WCAG 1.3.1, 3.3.1, 3.3.3). Forms with an error summary that takes focus leave `announce` off; a short form
// without one (sign-in) announces the error at the field itself.

/** The ARIA attributes that tie a control to its hint and error, by the ids LabelledField gives them. */
export function describedBy(id: string, opts: { hint?: boolean; error?: string | null }) {
  const ids = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": opts.error ? (true as const) : undefined, "aria-describedby": ids || undefined };
}

export interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Error as an alert (role="alert"), for forms without an error summary. */
  announce?: boolean;
  /** A control sized for a finger on a tablet (at least 48 px high, WCAG 2.5.5). */
  touch?: boolean;
}

export const controlClass = (touch = false) =>
  `w-full rounded-lg border border-slate-500 bg-white px-3 py-3 aria-[invalid]:border-2 aria-[invalid]:border-red-700 ${touch ? "min-h-12 text-lg" : "text-base"}`;

export function FieldError({ id, error, announce }: { id: string; error?: string | null; announce?: boolean }) {
  if (!error) return null;
  return (
    <p
      id={`${id}-error`}
      role={announce ? "alert" : undefined}
      className="text-sm font-medium text-red-700"
      data-testid="field-error"
    >
      {error}
    </p>
  );
}

export function LabelledField({
  id,
  label,
  hint,
  error,
  announce,
  children,
}: Omit<FieldFrame, "touch"> & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={id} error={error} announce={announce} />
    </div>
  );
}

export function TextField({
  id,
  label,
  hint,
  error,
  announce,
  touch,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} announce={announce}>
      <input id={id} className={controlClass(touch)} {...describedBy(id, { hint: Boolean(hint), error })} {...input} />
    </LabelledField>
  );
}

export function TextArea({
  id,
  label,
  hint,
  error,
  announce,
  touch,
  ...input
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} announce={announce}>
      <textarea
        id={id}
        rows={3}
        className={controlClass(touch)}
        {...describedBy(id, { hint: Boolean(hint), error })}
        {...input}
      />
    </LabelledField>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  announce,
  touch,
  children,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} announce={announce}>
      <select id={id} className={controlClass(touch)} {...describedBy(id, { hint: Boolean(hint), error })} {...select}>
        {children}
      </select>
    </LabelledField>
  );
}
