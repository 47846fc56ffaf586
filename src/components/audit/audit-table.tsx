import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { codeLabel, codeLabelOrNull } from "@/components/workspace/code-label";
import { getDayFormat } from "@/components/day-format";
import { parameterWords } from "@/components/admin/parameter-words";
import type { AppLocale } from "@/i18n/routing";
import { formatAzn } from "@/kernel/money";
import { nameIn } from "@/kernel/localized-name";
import { auditDetailLines, type CodeGroup } from "./audit-detail-lines";
import { onTwentyFourHourClock } from "@/lib/i18n/clock";

type Entry = inferRouterOutputs<AppRouter>["audit"]["list"]["entries"][number];

/** The applications a list or search showed: a few as they are, many folded under their count. */
async function ShownApplications({ numbers }: { numbers: string[] }) {
  const t = await getTranslations("auditLog");
  const list = (
    <ul>
      {numbers.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
  if (numbers.length <= 3) return list;
  return (
    <details>
      <summary className="cursor-pointer">{t("shownApplications", { count: numbers.length })}</summary>
      {list}
    </details>
  );
}

type Catalog = { has: (key: string) => boolean; (key: string): string };
const label = (t: Catalog, key: string) => (t.has(key) ? t(key) : null);

/**
 * One page of the log, readable in its box: the action in words (its code below, small, for a search), the
 * district by name, the details as short "name: value" lines rather than JSON (codes in words, amounts as money,
 * audit-detail-lines.ts), and long ids allowed to wrap. Details are ids and codes only (the log never holds
 * personal data).
 */
export async function AuditTable({
  entries,
  districtNames,
  parameterUnits,
}: {
  entries: Entry[];
  /** The districts' names in the page's language, by code. */
  districtNames: ReadonlyMap<string, string>;
  /** Each law parameter's unit by its code, to write a proposed value as the console does. */
  parameterUnits: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations("auditLog");
  const roles = await getTranslations("common.roles");
  const c = await getTranslations("codes");
  const ts = await getTranslations("status");
  const changeKinds = await getTranslations("changes.kinds");
  const absenceKinds = await getTranslations("adminStaff.kinds");
  const format = await getFormatter();
  const parameter = parameterWords(await getTranslations("adminConsole"), c, format);
  const day = await getDayFormat();
  const locale = (await getLocale()) as AppLocale;
  if (entries.length === 0) return <p role="status">{t("empty")}</p>;
  const code = (group: CodeGroup, value: string) =>
    group === "applicationStatuses"
      ? label(ts, value)
      : group === "roles"
        ? label(roles, value)
        : group === "changeKinds"
          ? label(changeKinds, value)
          : group === "absenceKinds"
            ? label(absenceKinds, value)
            : codeLabelOrNull(c, group, value);
  const detailLines = (e: Entry) =>
    auditDetailLines(e.details, e.action, {
      name: (key) => label(c, `auditDetails.${key}`) ?? label(t, `detailNames.${key}`),
      value: (key, value) => label(t, `detailValues.${key}.${value}`),
      parameterName: (code) => (parameterUnits.has(code) ? parameter.name(code) : null),
      parameterValue: (code, value) => {
        const unit = parameterUnits.get(code);
        return unit === undefined ? null : parameter.value(unit, value, code);
      },
      code,
      person: (id) => e.people[id] ?? null,
      district: (value) => districtNames.get(value) ?? null,
      named: (names) => nameIn(locale, names),
      // The service's one money format: "386,43 AZN" (az), as the decisions and letters write it.
      money: (qepik) => formatAzn(qepik, locale),
      number: (n) => format.number(n),
      day: (iso) => day(iso, "medium"),
      // As the "at" column writes its moments.
      time: (at) =>
        format.dateTime(at, onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Baku" })),
      yes: t("yes"),
      no: t("no"),
    });
  return (
    // On a narrow screen the table scrolls sideways inside its box, and the keyboard can scroll it too (WCAG 2.1.1).
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label={t("title")}
    >
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="audit-log">
        <caption className="px-2 py-1 text-left text-slate-700">{t("count", { count: entries.length })}</caption>
        <thead className="bg-slate-100">
          <tr>
            {(["at", "who", "what", "record", "application", "district", "details"] as const).map((col) => (
              <th key={col} scope="col" className="px-2 py-2">
                {t(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const lines = detailLines(e);
            return (
              <tr key={e.id} className="border-t border-slate-200 align-top">
                <td className="whitespace-nowrap px-2 py-1">
                  {format.dateTime(
                    e.at,
                    onTwentyFourHourClock({ dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Baku" }),
                  )}
                </td>
                <td className="px-2 py-1">
                  {e.actor ? (
                    <>
                      {e.actor.name}
                      <span className="block break-all text-slate-700">{e.actor.email ?? ""}</span>
                      <span className="block text-slate-700">{roles(e.actor.role)}</span>
                    </>
                  ) : (
                    t("system")
                  )}
                </td>
                <td className="px-2 py-1">
                  {codeLabel(c, "auditActions", e.action)}
                  <span className="block font-mono text-xs text-slate-700">{e.action}</span>
                </td>
                <td className="max-w-[12rem] px-2 py-1">
                  {codeLabel(c, "auditEntities", e.entity)}
                  {e.entityName && <span className="block">{e.entityName}</span>}
                  {e.entityId && <span className="block break-all font-mono text-xs text-slate-700">{e.entityId}</span>}
                </td>
                <td className="whitespace-nowrap px-2 py-1" data-testid="audit-application">
                  {e.registrationNumber ?? (e.shown.length > 0 ? <ShownApplications numbers={e.shown} /> : "—")}
                </td>
                <td className="px-2 py-1">
                  {e.districtCode ? (districtNames.get(e.districtCode) ?? e.districtCode) : "—"}
                </td>
                <td className="px-2 py-1 text-xs">
                  {lines.length > 0 && (
                    <dl>
                      {lines.map(([k, v], i) => (
                        <div key={i} className="flex flex-wrap gap-1">
                          {k && <dt className="font-medium">{k}:</dt>}
                          <dd className="break-all">{v}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
