import { getFormatter, getTranslations } from "next-intl/server";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { codeLabel } from "@/components/workspace/code-label";

type Entry = inferRouterOutputs<AppRouter>["audit"]["list"]["entries"][number];

/**
 * One page of the log, readable in its box: the action in words (its code below, small, for a search), the
 * details as short "name: value" lines rather than JSON, and long ids allowed to wrap. Details are ids and codes
 * only (the log never holds personal data).
 */
export async function AuditTable({ entries }: { entries: Entry[] }) {
  const t = await getTranslations("auditLog");
  const roles = await getTranslations("common.roles");
  const c = await getTranslations("codes");
  const ts = await getTranslations("status");
  const format = await getFormatter();
  if (entries.length === 0) return <p role="status">{t("empty")}</p>;
  const detailLines = (details: unknown): [string, string][] => {
    if (details === null || typeof details !== "object" || Array.isArray(details))
      return details === null || details === undefined ? [] : [["", String(details)]];
    return Object.entries(details as Record<string, unknown>).map(([k, v]) => {
      const text =
        typeof v === "string" ? (ts.has(v) ? ts(v) : v) : typeof v === "number" ? format.number(v) : JSON.stringify(v);
      return [codeLabel(c, "auditDetails", k), text];
    });
  };
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
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap px-2 py-1">
                {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Baku" })}
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
                {e.entityId && <span className="block break-all font-mono text-xs text-slate-700">{e.entityId}</span>}
              </td>
              <td className="whitespace-nowrap px-2 py-1">{e.registrationNumber ?? "—"}</td>
              <td className="px-2 py-1">{e.districtCode ?? "—"}</td>
              <td className="px-2 py-1 text-xs">
                {detailLines(e.details).length > 0 && (
                  <dl>
                    {detailLines(e.details).map(([k, v], i) => (
                      <div key={i} className="flex flex-wrap gap-1">
                        {k && <dt className="font-medium">{k}:</dt>}
                        <dd className="break-all">{v}</dd>
                      </div>
                    ))}
                  </dl>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
