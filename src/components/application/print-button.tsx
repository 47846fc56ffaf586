"use client";

/** The browser's own print dialog, which also saves as PDF on phones and computers. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white print:hidden sm:w-auto"
    >
      {label}
    </button>
  );
}
