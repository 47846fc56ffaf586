import type { ReactNode } from "react";

/**
 * One report: its heading, a line saying what it counts where that is not plain from the heading (`note`), the chart
 * (if any), the chart's figures as a table (the accessible alternative, the same rows as the CSV file) and the CSV
 * download.
 */
export function ReportSection({
  id,
  title,
  tableCaption,
  rows,
  csvHref,
  csvLabel,
  note,
  children,
}: {
  id: string;
  title: string;
  tableCaption: string;
  rows: (string | number)[][];
  csvHref: string;
  csvLabel: string;
  /** What the figures count, said under the heading and tied to the table as its description. */
  note?: string;
  children?: ReactNode;
}) {
  const [header = [], ...body] = rows;
  return (
    <section aria-labelledby={`report-${id}`} className="space-y-3" data-testid={`report-${id}`}>
      <h2 id={`report-${id}`} className="text-xl font-semibold">
        {title}
      </h2>
      {note && (
        <p id={`report-${id}-note`} className="text-sm text-slate-700" data-testid={`note-${id}`}>
          {note}
        </p>
      )}
      {children && <figure aria-labelledby={`report-${id}`}>{children}</figure>}
      <div className="overflow-x-auto">
        <table
          className="w-full text-left text-sm"
          data-testid={`table-${id}`}
          aria-describedby={note ? `report-${id}-note` : undefined}
        >
          <caption className="text-left font-medium">{tableCaption}</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col" className="px-2 py-1">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((row, r) => (
              <tr key={r} className="border-t border-slate-200">
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className="px-2 py-1 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={c} className="px-2 py-1 tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={csvHref} download className="font-semibold text-brand-700 underline" data-testid={`csv-${id}`}>
          {csvLabel}
        </a>
      </p>
    </section>
  );
}
