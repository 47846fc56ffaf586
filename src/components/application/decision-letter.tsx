import type { DecisionLetterContent, LetterBlock } from "@/server/services/letters/decision-letter-content";

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case "letterhead":
      return (
        <header className="border-b border-slate-400 pb-3">
          <p className="font-semibold">{block.organisation}</p>
          <p className="text-sm">{block.system}</p>
        </header>
      );
    case "fields":
      // Label above value on a phone: beside a label as long as "Выдавший орган", a 360 px screen left the value a
      // column one word wide. Side by side from the width of a small tablet (and on paper).
      return (
        <dl className="grid wrap-anywhere gap-x-3 sm:grid-cols-[auto_1fr]" data-testid="letter-fields">
          {block.rows.map((row) => (
            <div key={row.label} className="contents">
              <dt className="font-medium">{row.label}:</dt>
              <dd className="mb-2 sm:mb-0">{row.value}</dd>
            </div>
          ))}
        </dl>
      );
    case "title":
      return <h1 className="text-xl font-bold">{block.text}</h1>;
    case "paragraph":
      return (
        <p className={block.tone === "strong" ? "font-semibold" : block.tone === "note" ? "text-sm" : undefined}>
          {block.text}
        </p>
      );
    case "reasons":
      return (
        <section>
          <h2 className="font-semibold">{block.heading}</h2>
          <ol className="list-decimal pl-6">
            {block.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </section>
      );
  }
}

/**
 * The decision as a letter in its own language (the application's, or for an answer to an appeal the appeal's),
 * laid out for A4 paper. Its words and their
 * order come from the same builder as the PDF letter, so the two always say the same.
 */
export function DecisionLetter({ content }: { content: DecisionLetterContent }) {
  return (
    <article
      lang={content.locale}
      className="letter space-y-4 rounded-lg border border-slate-300 bg-white p-6 print:border-0 print:p-0"
      data-testid="decision-letter"
    >
      {content.blocks.map((block, i) => (
        <Block key={`${block.kind}-${i}`} block={block} />
      ))}
    </article>
  );
}
