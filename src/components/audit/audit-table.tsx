import { getFormatter, getTranslations } from "next-intl/server";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Entry = inferRouterOutputs<AppRouter>["audit"]["list"]["entries"][number];

/** One page of the log. Details are ids and codes only (the log never holds personal data), shown as written. */
export async function AuditTable({ entries }: { entries: Entry[] }) {
  const t = await getTranslations("auditLog");
  const roles = await getTranslations("common.roles");
  const format = await getFormatter();
  if (entries.length === 0) return <p role="status">{t("empty")}</p>;
  return (
    // Wide on a phone: the table scrolls sideways, and the keyboard can scroll it too (WCAG 2.1.1).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("title")}>
      <table className="w-full min-w-[48rem] text-left text-sm" data-testid="audit-log">
        <caption className="text-left text-slate-700">{t("count", { count: entries.length })}</caption>
        <thead>
          <tr>
            {(["at", "who", "what", "record", "application", "district", "details"] as const).map((c) => (
              <th key={c} scope="col" className="px-2 py-1">{t(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap px-2 py-1">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Baku" })}</td>
              <td className="px-2 py-1">
                {e.actor ? (
                  <>
                    {e.actor.name}
                    <span className="block text-slate-600">{e.actor.email ?? ""} · {roles(e.actor.role)}</span>
                  </>
                ) : (
                  t("system")
                )}
              </td>
              <td className="px-2 py-1 font-mono">{e.action}</td>
              <td className="px-2 py-1 font-mono">{e.entity}{e.entityId ? ` ${e.entityId}` : ""}</td>
              <td className="px-2 py-1">{e.registrationNumber ?? "—"}</td>
              <td className="px-2 py-1">{e.districtCode ?? "—"}</td>
              <td className="px-2 py-1 font-mono text-xs">{e.details === null ? "" : JSON.stringify(e.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
