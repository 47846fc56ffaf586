import type { ReactNode } from "react";

/** The body of a page a person lands on when something is missing or broke: what happened, and the ways out. */
export function RecoveryPanel({
  title,
  text,
  children,
  testId,
}: {
  title: string;
  text: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-6" data-testid={testId}>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p>{text}</p>
      <div className="flex flex-wrap items-center gap-4">{children}</div>
    </section>
  );
}

export const primaryButtonClass =
  "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 focus:outline-none focus:ring-2 focus:ring-brand-700 focus:ring-offset-2";
export const linkClass = "font-semibold text-brand-700 underline";
