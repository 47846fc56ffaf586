/** The two ends of a GET search form: send it, or drop every filter (the page's address without a query). */
export function SearchActions({ submit, clear }: { submit: string; clear: string }) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" className="min-h-11 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">
        {submit}
      </button>
      <a href="?" className="min-h-11 px-2 py-2 underline">
        {clear}
      </a>
    </div>
  );
}
