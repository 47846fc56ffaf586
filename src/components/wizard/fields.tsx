import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Labelled controls whose hint and error are tied to them for screen readers (WCAG 1.3.1, 3.3.1, 3.3.3).
// The id is derived from the draft path ("members.1.fin" → "f-members-1-fin"), so the error summary can link to it.

export const fieldId = (path: string) => `f-${path.replaceAll(".", "-")}`;

interface ShellProps {
  path: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

function Shell({ path, label, hint, error, children }: ShellProps) {
  const id = fieldId(path);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
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
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

const control = "w-full rounded-lg border border-slate-500 bg-white px-3 py-3 text-base aria-[invalid]:border-2 aria-[invalid]:border-red-700";

type Common = { path: string; label: string; hint?: string; error?: string | null };

export function TextField({ path, label, hint, error, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return <Shell path={path} label={label} hint={hint} error={error}>{(aria) => <input className={control} {...aria} {...input} />}</Shell>;
}

export function TextArea({ path, label, hint, error, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Shell path={path} label={label} hint={hint} error={error}>{(aria) => <textarea className={control} rows={3} {...aria} {...input} />}</Shell>;
}

export function SelectField({ path, label, hint, error, children, ...select }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Shell path={path} label={label} hint={hint} error={error}>
      {(aria) => (
        <select className={control} {...aria} {...select}>
          {children}
        </select>
      )}
    </Shell>
  );
}

export const buttonPrimary = "w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto";
export const buttonSecondary = "w-full rounded-lg border border-brand-600 bg-white px-5 py-3 font-semibold text-brand-700 sm:w-auto";
export const buttonLink = "text-brand-700 underline underline-offset-2";
