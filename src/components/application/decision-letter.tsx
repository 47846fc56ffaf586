import { getFormatter, getTranslations } from "next-intl/server";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Letter = inferRouterOutputs<AppRouter>["application"]["letter"];

/** The decision as a letter in the language the family applied in, laid out for A4 paper. */
export async function DecisionLetter({ letter }: { letter: Letter }) {
  const locale = letter.locale;
  const t = await getTranslations({ locale, namespace: "letter" });
  const tc = await getTranslations({ locale, namespace: "common" });
  const format = await getFormatter({ locale });
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) : "—");
  const azn = (q: number | null) => (q === null ? "—" : format.number(q / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const d = letter.decision;
  return (
    <article lang={locale} className="letter space-y-4 rounded-lg border border-slate-300 bg-white p-6 print:border-0 print:p-0" data-testid="decision-letter">
      <header className="border-b border-slate-400 pb-3">
        <p className="font-semibold">{tc("ministry")}</p>
        <p className="text-sm">VEMTAS</p>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3">
        <dt className="font-medium">{t("to")}:</dt>
        <dd>{letter.addressee ?? "—"}</dd>
        <dt className="font-medium">{t("address")}:</dt>
        <dd>{letter.address || "—"}</dd>
      </dl>
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <p>{t("application", { number: letter.registrationNumber ?? "—", date: day(letter.applicationDate) })}</p>
      <p className="font-semibold">{d.outcome === "ASSIGN" ? t("assigned") : t("refused")}</p>
      {d.outcome === "ASSIGN" && (
        <>
          <p>{t("amount", { amount: azn(d.amountQepik) })}</p>
          <p>{t("period", { from: day(d.periodFrom), to: day(d.periodTo) })}</p>
        </>
      )}
      {d.memberCount !== null && (
        <p>{t("figures", { members: d.memberCount, criterion: azn(d.criterionQepik), income: azn(d.incomeQepik) })}</p>
      )}
      {d.reasons.length > 0 && (
        <section>
          <h2 className="font-semibold">{t("reasons")}</h2>
          <ol className="list-decimal pl-6">
            {d.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ol>
        </section>
      )}
      <p>{t("decidedOn", { date: day(d.decidedOn) })}</p>
      <p className="text-sm">{t("appealInfo")}</p>
    </article>
  );
}
