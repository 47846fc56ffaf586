"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import { useLocaleFormat } from "@/components/use-locale-format";
import { DateField } from "@/components/form/date-field";
import { SelectField, TextField, buttonPrimary, fieldId } from "@/components/wizard/fields";
import { CHANGE_KINDS, changeDateProblem, ZChangeDetails, type ChangeKind } from "@/lib/changes/change-report";
import { bakuDate } from "@/kernel/calendar-date";
import { businessErrorOf, errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { DECLARABLE_INCOME_TYPES, MEMBER_RELATIONS } from "@/lib/wizard/draft-limits";
import { manatText } from "@/lib/i18n/manat-text";
import { typedQepik } from "@/lib/i18n/typed-manat";
import { FAMILY_PAGE_POLL_MS } from "@/components/application/family-page-poll";

/** One refusal: a message key, the field it belongs to (null: none of the form's), and its values. */
type FieldProblem = { key: string; field: string | null; details: Record<string, string | number> };
const EMPTY = {
  memberFin: "",
  type: "",
  monthly: "",
  fin: "",
  firstName: "",
  lastName: "",
  patronymic: "",
  birthDate: "",
  relation: "",
  districtCode: "",
  address: "",
};

/**
 * The family's changes during its assignment (issue 14): the 15-working-day reporting duty, the form while the
 * assignment runs, and each report with its outcome. Everything typed stays in the form until the server takes it.
 */
export function ChangeReportSection({ applicationId, onDecided }: { applicationId: string; onDecided?: () => void }) {
  const t = useTranslations("changes");
  const te = useTranslations("errors");
  const tc = useTranslations("common");
  const locale = useLocale() as "az" | "ru" | "en";
  const format = useLocaleFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.changes.reports.queryOptions({ applicationId });
  const pending = (statuses: string[]) => statuses.some((s) => s === "RECEIVED" || s === "REASSESSING");
  const { data } = useQuery({
    ...options,
    refetchInterval: (q) => (pending(q.state.data?.reports.map((r) => r.status) ?? []) ? FAMILY_PAGE_POLL_MS : false),
  });
  const districts = useQuery({ ...trpc.reference.districts.queryOptions(), enabled: true });
  const [kind, setKind] = useState<ChangeKind | "">("");
  const [changedOn, setChangedOn] = useState("");
  const [v, setV] = useState(EMPTY);
  // Every problem of a refused report at once; the first one's field takes the cursor (WCAG 3.3.1).
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  useEffect(() => {
    const first = errors[0]?.field;
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [errors]);
  const [sent, setSent] = useState(false);
  const day = format.day;
  const azn = (q: number) => manatText(q, format.number);
  const [seenDecided, setSeenDecided] = useState<number | null>(null);
  const decided = data?.reports.filter((r) => r.status === "DECIDED").length ?? 0;
  if (data && seenDecided !== decided) {
    if (seenDecided !== null && decided > seenDecided) {
      onDecided?.();
      // "We are assessing it" is over once the decision is on the page.
      setSent(false);
    }
    setSeenDecided(decided);
  }

  const report = useMutation(
    trpc.changes.report.mutationOptions({
      onSuccess: () => {
        setSent(true);
        setV(EMPTY);
        setKind("");
        setChangedOn("");
        void queryClient.invalidateQueries({ queryKey: options.queryKey });
      },
      onError: (e) => {
        const b = businessErrorOf(e);
        setErrors([{ key: b?.code ?? errorKeyOf(e), field: b?.field ?? null, details: b?.details ?? {} }]);
      },
    }),
  );

  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setV((old) => ({ ...old, [key]: e.target.value }));
  const errorAt = (field: string) => {
    const found = errors.find((x) => x.field === field);
    return found ? te(found.key, found.details) : null;
  };

  function change(): unknown {
    switch (kind) {
      case "INCOME_GAINED":
        return {
          kind,
          memberFin: v.memberFin,
          type: v.type,
          // An amount that is not one goes as NaN, which the schema refuses with errors.amountFormat.
          monthlyQepik: typedQepik(v.monthly) ?? Number.NaN,
        };
      case "INCOME_LOST":
        return { kind, memberFin: v.memberFin, type: v.type };
      case "MEMBER_JOINED":
        return {
          kind,
          fin: v.fin.trim().toUpperCase(),
          firstName: v.firstName,
          lastName: v.lastName,
          patronymic: v.patronymic,
          birthDate: v.birthDate,
          relation: v.relation,
        };
      case "MEMBER_LEFT":
        return { kind, memberFin: v.memberFin };
      case "MOVED":
        return { kind, districtCode: v.districtCode, address: v.address };
      default:
        return null;
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    const found: FieldProblem[] = [];
    if (!kind) found.push({ key: "required", field: "kind", details: {} });
    const dateProblem = changeDateProblem(changedOn, bakuDate(new Date()));
    if (dateProblem) found.push({ key: dateProblem, field: "changedOn", details: {} });
    const parsed = kind ? ZChangeDetails.safeParse(change()) : null;
    if (parsed && !parsed.success)
      for (const issue of parsed.error.issues) {
        const field = `change.${issue.path.join(".")}`;
        if (found.some((x) => x.field === field)) continue;
        const key = issue.message.startsWith("errors.") ? issue.message.slice("errors.".length) : "invalidInput";
        found.push({ key, field, details: {} });
      }
    if (found.length > 0 || !parsed?.success) return setErrors(found);
    setErrors([]);
    report.mutate({ applicationId, changedOn, change: parsed.data });
  }

  if (!data || (!data.canReport && data.reports.length === 0)) return null;
  const memberOptions = data.members.map((m) => (
    <option key={m.fin} value={m.fin}>
      {m.name}
    </option>
  ));
  const memberSelect = (
    <SelectField
      path="change.memberFin"
      label={t("member")}
      value={v.memberFin}
      onChange={set("memberFin")}
      error={errorAt("change.memberFin")}
    >
      <option value="">{t("chooseMember")}</option>
      {memberOptions}
    </SelectField>
  );
  const incomeSelect = (
    <SelectField
      path="change.type"
      label={t("incomeType")}
      value={v.type}
      onChange={set("type")}
      error={errorAt("change.type")}
    >
      <option value="">{t("chooseIncome")}</option>
      {DECLARABLE_INCOME_TYPES.map((k) => (
        <option key={k} value={k}>
          {t(`incomeTypes.${k}`)}
        </option>
      ))}
    </SelectField>
  );
  const unplaced = errors.find(
    (x) => !["kind", "changedOn"].includes(x.field ?? "") && !(x.field ?? "").startsWith("change."),
  );
  const general = unplaced ? te(unplaced.key, unplaced.details) : null;

  return (
    <section
      aria-labelledby="change-title"
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="change-reports"
    >
      <h2 id="change-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p data-testid="change-duty">{t("duty")}</p>
      {data.reports.length > 0 && (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("reports")}</h3>
          <ul className="space-y-2">
            {data.reports.map((r) => (
              <li key={r.id} data-testid="change-report" className="rounded border border-slate-200 p-2">
                <span className="font-medium">{t(`kinds.${r.kind}`)}</span> —{" "}
                {t("reportedOn", { date: day(r.reportedOn) })}{" "}
                <span data-testid="change-report-status">{t(`status.${r.status}`)}</span>
                {!r.reportedInTime && <span className="block text-sm text-red-700">{t("late")}</span>}
                {r.decision && r.decision.effectiveFrom && (
                  <span className="block font-medium" data-testid="change-report-decision">
                    {r.decision.outcome === "ASSIGN" && r.decision.amountQepik !== null
                      ? t("newAmount", { amount: azn(r.decision.amountQepik), date: day(r.decision.effectiveFrom) })
                      : t("ends", { date: day(r.decision.effectiveFrom) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {sent && (
        <p role="status" className="rounded-lg border border-brand-600 p-3 font-medium">
          {t("sent")}
        </p>
      )}
      {data.canReport && (
        <form noValidate onSubmit={onSubmit} className="space-y-3" data-testid="change-form">
          <SelectField
            path="kind"
            label={t("kind")}
            value={kind}
            onChange={(e) => setKind(e.target.value as ChangeKind | "")}
            error={errorAt("kind")}
          >
            <option value="">—</option>
            {CHANGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <DateField
            id={fieldId("changedOn")}
            placeholder={tc("datePlaceholder")}
            label={t("changedOn")}
            hint={t("changedOnHint")}
            value={changedOn}
            onValueChange={setChangedOn}
            error={errorAt("changedOn")}
          />
          {(kind === "INCOME_GAINED" || kind === "INCOME_LOST" || kind === "MEMBER_LEFT") && memberSelect}
          {(kind === "INCOME_GAINED" || kind === "INCOME_LOST") && incomeSelect}
          {kind === "INCOME_GAINED" && (
            <TextField
              path="change.monthlyQepik"
              inputMode="decimal"
              label={t("monthly")}
              value={v.monthly}
              onChange={set("monthly")}
              error={errorAt("change.monthlyQepik")}
            />
          )}
          {kind === "MEMBER_JOINED" && (
            <>
              <TextField
                path="change.fin"
                label={t("fin")}
                value={v.fin}
                onChange={set("fin")}
                error={errorAt("change.fin")}
                maxLength={7}
              />
              <TextField
                path="change.firstName"
                label={t("firstName")}
                value={v.firstName}
                onChange={set("firstName")}
                error={errorAt("change.firstName")}
              />
              <TextField
                path="change.lastName"
                label={t("lastName")}
                value={v.lastName}
                onChange={set("lastName")}
                error={errorAt("change.lastName")}
              />
              <TextField
                path="change.patronymic"
                label={t("patronymic")}
                value={v.patronymic}
                onChange={set("patronymic")}
                error={errorAt("change.patronymic")}
              />
              <DateField
                id={fieldId("change.birthDate")}
                placeholder={tc("datePlaceholder")}
                label={t("birthDate")}
                hint={tc("dateHint")}
                value={v.birthDate}
                onValueChange={(birthDate) => setV((old) => ({ ...old, birthDate }))}
                error={errorAt("change.birthDate")}
              />
              <SelectField
                path="change.relation"
                label={t("relation")}
                value={v.relation}
                onChange={set("relation")}
                error={errorAt("change.relation")}
              >
                <option value="">{t("chooseRelation")}</option>
                {MEMBER_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`relations.${r}`)}
                  </option>
                ))}
              </SelectField>
            </>
          )}
          {kind === "MOVED" && (
            <>
              <SelectField
                path="change.districtCode"
                label={t("district")}
                value={v.districtCode}
                onChange={set("districtCode")}
                error={errorAt("change.districtCode")}
              >
                <option value="">{t("chooseDistrict")}</option>
                {(districts.data ?? []).flatMap((r) =>
                  r.districts.map((d) => (
                    <option key={d.code} value={d.code}>
                      {locale === "ru" ? d.nameRu : locale === "en" ? d.nameEn : d.nameAz}
                    </option>
                  )),
                )}
              </SelectField>
              <TextField
                path="change.address"
                label={t("address")}
                value={v.address}
                onChange={set("address")}
                error={errorAt("change.address")}
              />
            </>
          )}
          {general && (
            <p role="alert" className="font-medium text-red-700" data-testid="change-error">
              {general}
            </p>
          )}
          <button type="submit" disabled={report.isPending} className={buttonPrimary}>
            {t("submit")}
          </button>
        </form>
      )}
    </section>
  );
}
