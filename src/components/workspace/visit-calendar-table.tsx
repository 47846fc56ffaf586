"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert, useFormErrors } from "@/components/form/form-errors";
import { useLocaleFormat } from "@/components/use-locale-format";
import { calendarDayInstant } from "@/lib/i18n/calendar-day";
import { useTRPC } from "@/lib/trpc/react";
import type { VisitCalendar } from "@/server/services/inspections/get-visit-calendar";

type Window = "MORNING" | "AFTERNOON" | "DAY";

/**
 * The inspectors × working days table of one visit, with a free cell to choose (a radio button with its own
 * label, so the table reads by headers, not by colour), the half-day, and the form that books; below it, sending
 * the visit to another inspector free on its own day. Days after the decision deadline say so in their header.
 */
export function VisitCalendarTable({ calendar }: { calendar: VisitCalendar }) {
  const t = useTranslations("visitCalendar");
  const format = useLocaleFormat();
  const trpc = useTRPC();
  const book = useMutation(trpc.workspace.bookVisit.mutationOptions());
  const sendTo = useMutation(trpc.workspace.sendVisitToInspector.mutationOptions());
  const v = calendar.visit;
  const [cell, setCell] = useState<{ inspectorId: string; date: string } | null>(null);
  const [half, setHalf] = useState<Window>(v.timeWindow ?? "MORNING");
  const [done, setDone] = useState<string>("");
  const booking = useFormErrors();
  const sending = useFormErrors();
  const dayHeader = (iso: string) => {
    const date = calendarDayInstant(iso);
    return {
      weekday: format.dateTime(date, { weekday: "short", timeZone: "UTC" }),
      date: format.dateTime(date, { day: "numeric", month: "short", timeZone: "UTC" }),
      full: format.day(iso, "full"),
    };
  };
  const late = cell ? calendar.days.find((d) => d.date === cell.date)?.afterDeadline === true : false;
  const others = v.scheduledFor
    ? calendar.inspectors.filter(
        (i) => i.id !== v.inspectorId && i.days.some((d) => d.date === v.scheduledFor && d.free),
      )
    : [];
  const [target, setTarget] = useState<string>(others[0]?.id ?? "");

  return (
    <div className="space-y-6">
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!cell) return booking.fail("visitCalendar.pickCell", {});
          void booking.send(async () => {
            const result = await book.mutateAsync({
              inspectionId: v.inspectionId,
              inspectorId: cell.inspectorId,
              date: cell.date,
              timeWindow: half === "DAY" ? null : half,
            });
            setDone(result.changed ? t("bookedOk") : t("unchanged"));
          });
        }}
      >
        <FormAlert summary={booking.summary} summaryRef={booking.summaryRef} />
        <div
          // Relative: the visually hidden labels of the cells stay inside the scrolling box, not past the page's edge.
          className="relative max-w-full overflow-x-auto rounded border border-slate-300"
          role="region"
          aria-label={t("caption")}
          tabIndex={0}
        >
          <table className="min-w-full border-collapse text-sm" data-testid="visit-calendar">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 z-10 bg-slate-100 px-3 py-2 text-left">
                  {t("inspector")}
                </th>
                {calendar.days.map((d) => {
                  const h = dayHeader(d.date);
                  return (
                    <th
                      key={d.date}
                      scope="col"
                      className={`min-w-24 px-2 py-2 text-center align-top ${
                        d.afterDeadline ? "bg-amber-100 text-amber-950" : d.isDeadline ? "bg-red-50" : "bg-slate-100"
                      }`}
                    >
                      <span className="block font-normal">{h.weekday}</span>
                      <span className="block">{h.date}</span>
                      {d.isDeadline && <span className="block text-xs font-bold text-red-800">{t("deadlineDay")}</span>}
                      {d.afterDeadline && <span className="block text-xs font-bold">⚠ {t("afterDeadline")}</span>}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {calendar.inspectors.map((inspector) => (
                <tr key={inspector.id} className="border-t border-slate-200">
                  <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-medium">
                    {inspector.name}
                    <span className="block text-xs font-normal">{t("capacity", { capacity: inspector.capacity })}</span>
                  </th>
                  {inspector.days.map((d) => {
                    const day = calendar.days.find((x) => x.date === d.date);
                    const mine = v.inspectorId === inspector.id && v.scheduledFor === d.date;
                    const id = `cell-${inspector.id}-${d.date}`;
                    const chosen = cell?.inspectorId === inspector.id && cell.date === d.date;
                    return (
                      <td
                        key={d.date}
                        className={`relative px-2 py-2 text-center ${day?.afterDeadline ? "bg-amber-50" : ""} ${
                          chosen ? "outline outline-2 outline-brand-700" : ""
                        }`}
                      >
                        {d.absence ? (
                          <span className="italic">{t(`absence.${d.absence}`)}</span>
                        ) : (
                          <>
                            <span className="block">
                              {t("booked", { booked: d.booked, capacity: inspector.capacity })}
                            </span>
                            {mine && <span className="block text-xs font-semibold">{t("thisVisit")}</span>}
                            {d.free ? (
                              <label htmlFor={id} className="inline-flex min-h-8 min-w-8 items-center justify-center">
                                <input
                                  id={id}
                                  type="radio"
                                  name="cell"
                                  className="size-5"
                                  checked={chosen}
                                  onChange={() => setCell({ inspectorId: inspector.id, date: d.date })}
                                />
                                <span className="sr-only">
                                  {t("choose", { inspector: inspector.name, date: dayHeader(d.date).full })}
                                </span>
                              </label>
                            ) : (
                              !mine && <span className="block text-xs">{t("full")}</span>
                            )}
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <fieldset className="space-y-1">
          <legend className="font-semibold">{t("window")}</legend>
          {(["MORNING", "AFTERNOON", "DAY"] as const).map((w) => (
            <label key={w} className="mr-4 inline-flex min-h-10 items-center gap-2">
              <input type="radio" name="window" checked={half === w} onChange={() => setHalf(w)} />
              {t(`windows.${w}`)}
            </label>
          ))}
        </fieldset>
        {late && <p className="font-semibold text-amber-900">⚠ {t("lateWarning")}</p>}
        <button
          type="submit"
          disabled={book.isPending}
          className="min-h-10 rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {book.isPending ? t("booking") : t("book")}
        </button>
      </form>

      {v.scheduledFor && v.inspectorId && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void sending.send(async () => {
              await sendTo.mutateAsync({ inspectionId: v.inspectionId, inspectorId: target });
              setDone(t("sentOk"));
            });
          }}
        >
          <h2 className="text-lg font-semibold">{t("sendTitle")}</h2>
          <FormAlert summary={sending.summary} summaryRef={sending.summaryRef} />
          {others.length === 0 ? (
            <p>{t("noOtherFree")}</p>
          ) : (
            <div className="flex flex-wrap items-end gap-3">
              <label className="flex flex-col">
                <span className="font-medium">{t("sendTo")}</span>
                <select
                  value={target}
                  onChange={(e) => setTarget(e.target.value)}
                  className="min-h-10 rounded border border-slate-400 px-2"
                >
                  {others.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.name}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="submit"
                disabled={sendTo.isPending || !target}
                className="min-h-10 rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 disabled:opacity-60"
              >
                {sendTo.isPending ? t("sending") : t("send")}
              </button>
            </div>
          )}
        </form>
      )}
      <p role="status" className="font-semibold">
        {done}
      </p>
    </div>
  );
}
