"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, type FormEvent } from "react";
import { DateField } from "@/components/form/date-field";
import { SelectField, TextArea, TextField } from "@/components/form/labelled-field";
import { buttonPrimary } from "@/components/wizard/fields";
import { bakuDate } from "@/kernel/calendar-date";
import {
  CHANGE_KINDS,
  changeDateProblem,
  joinedBirthDateProblem,
  REGISTERED_INCOME_TYPES,
  ZChangeDetails,
  type ChangeDetails,
  type ChangeKind,
} from "@/lib/changes/change-report";
import { dateHintExample } from "@/lib/i18n/date-input";
import { amountRefusal, typedSignedQepik } from "@/lib/i18n/typed-manat";
import { namesToldApart } from "@/lib/people/names-told-apart";
import { businessErrorOf, errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";
import { DECLARABLE_INCOME_TYPES, MEMBER_RELATIONS } from "@/lib/wizard/draft-limits";

/** One refusal: a message key, the field it belongs to (null: none of the form's), and its values. */
type FieldProblem = { key: string; field: string | null; details: Record<string, string | number> };

export interface ChangeToSend {
  changedOn: string;
  change: ChangeDetails;
  /** Staff's note of how the family told them, when the form is staff's at the office. */
  note?: string;
}

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
  note: "",
};

/** The income select's value of a register's income ("registered:WAGE", a job with a labour contract). */
const REGISTERED = "registered:";
/** The income chosen: its kind, and whether a register holds it (an empty choice is the schema's to refuse). */
const incomeChoice = (value: string) =>
  value.startsWith(REGISTERED)
    ? { type: value.slice(REGISTERED.length), registered: true }
    : { type: value, registered: false };

/** A field's control id: the form's own prefix and the field's path ("change.memberFin"). */
const controlId = (formId: string, field: string) => `${formId}-${field.replaceAll(".", "-")}`;

/**
 * The form of a change during the assignment (issue 14): the family's on its page, and staff's on the case file when
 * the family reports the change at the office (`note`: the field for how it told them, required). The browser checks
 * what the server checks (src/lib/changes/change-report.ts) and shows every problem at once, the cursor on the
 * first; a refusal from the server is shown at its field. Everything typed stays until the server takes it.
 */
export function ChangeReportForm({
  members,
  send,
  onSent,
  note,
  submitLabel,
  voice = "family",
  testId = "change-form",
}: {
  members: { fin: string; name: string }[];
  /** Sends the checked change; rejects with the server's refusal. */
  send: (change: ChangeToSend) => Promise<unknown>;
  onSent: () => void;
  note?: { label: string; hint: string; maxLength: number };
  /** The button's text where it is not the family's "Report the change". */
  submitLabel?: string;
  /** Who fills it in: the family says "we moved", staff at the office "the family moved". */
  voice?: "family" | "staff";
  testId?: string;
}) {
  const t = useTranslations("changes");
  const te = useTranslations("errors");
  const tc = useTranslations("common");
  const locale = useLocale() as "az" | "ru" | "en";
  const trpc = useTRPC();
  const districts = useQuery(trpc.reference.districts.queryOptions());
  // Ids of this form's own: the staff case file may hold other forms with fields of the same names.
  const formId = useId();
  const idOf = (field: string) => controlId(formId, field);
  const [kind, setKind] = useState<ChangeKind | "">("");
  const [changedOn, setChangedOn] = useState("");
  const [v, setV] = useState(EMPTY);
  const [pending, setPending] = useState(false);
  // Every problem of a refused report at once; the first one's field takes the cursor (WCAG 3.3.1).
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  // The example of the day of a change is today's (the form is drawn in the browser, after its data has come):
  // a birth date's 14.05.1988 made no sense for a change reported within 15 working days.
  const [todayExample] = useState(() => dateHintExample({ today: bakuDate(new Date()) }));
  const voiced = (key: string) => (voice === "staff" ? `staff.${key}` : key);
  useEffect(() => {
    const first = errors[0]?.field;
    if (first) document.getElementById(controlId(formId, first))?.focus();
  }, [errors, formId]);

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
          ...incomeChoice(v.type),
          // An amount that is not one goes as NaN, which the schema refuses with errors.amountFormat; one with a
          // minus sign as the negative figure, refused with errors.amountNegative.
          monthlyQepik: typedSignedQepik(v.monthly) ?? Number.NaN,
        };
      case "INCOME_LOST":
        return { kind, memberFin: v.memberFin, ...incomeChoice(v.type) };
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

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: FieldProblem[] = [];
    if (!kind) found.push({ key: "required", field: "kind", details: {} });
    const today = bakuDate(new Date());
    const dateProblem = changeDateProblem(changedOn, today);
    if (dateProblem) found.push({ key: dateProblem, field: "changedOn", details: {} });
    const parsed = kind ? ZChangeDetails.safeParse(change()) : null;
    if (parsed && !parsed.success)
      for (const issue of parsed.error.issues) {
        const field = `change.${issue.path.join(".")}`;
        if (found.some((x) => x.field === field)) continue;
        const key = issue.message.startsWith("errors.") ? issue.message.slice("errors.".length) : "invalidInput";
        // The schema reads the amount as a figure; "1.200" typed (1200? 1.20?) is said as a thousands separator.
        found.push({ key: field === "change.monthlyQepik" ? amountRefusal(key, v.monthly) : key, field, details: {} });
      }
    // A joining member's birth date against today and the day of the change, which the schema has not: in the
    // future, over 120 years back, or after the day the person joined.
    const birthProblem = kind === "MEMBER_JOINED" ? joinedBirthDateProblem(v.birthDate, today, changedOn) : null;
    if (birthProblem && !found.some((x) => x.field === "change.birthDate"))
      found.push({ key: birthProblem, field: "change.birthDate", details: {} });
    // The note's length is bounded by the field itself; the server checks it again.
    if (note && v.note.trim() === "") found.push({ key: "required", field: "note", details: {} });
    if (found.length > 0 || !parsed?.success) return setErrors(found);
    setErrors([]);
    setPending(true);
    try {
      await send({ changedOn, change: parsed.data, ...(note ? { note: v.note } : {}) });
      setV(EMPTY);
      setKind("");
      setChangedOn("");
      onSent();
    } catch (error) {
      const b = businessErrorOf(error);
      setErrors([{ key: b?.code ?? errorKeyOf(error), field: b?.field ?? null, details: b?.details ?? {} }]);
    } finally {
      setPending(false);
    }
  }

  const memberSelect = (
    <SelectField
      id={idOf("change.memberFin")}
      label={t("member")}
      value={v.memberFin}
      onChange={set("memberFin")}
      error={errorAt("change.memberFin")}
    >
      <option value="">{t("chooseMember")}</option>
      {namesToldApart(members).map((m) => (
        <option key={m.fin} value={m.fin}>
          {m.name}
        </option>
      ))}
    </SelectField>
  );
  // A register's income (a job with a labour contract) apart from the kinds no register holds, which read as the
  // wizard's: the reassessment asks the register for the one, and a renewal offers only the others again.
  const incomeSelect = (
    <SelectField
      id={idOf("change.type")}
      label={t("incomeType")}
      hint={t("incomeTypeHint")}
      value={v.type}
      onChange={set("type")}
      error={errorAt("change.type")}
    >
      <option value="">{t("chooseIncome")}</option>
      <optgroup label={t("registeredIncomes")}>
        {REGISTERED_INCOME_TYPES.map((k) => (
          <option key={`${REGISTERED}${k}`} value={`${REGISTERED}${k}`}>
            {t(`registeredIncomeTypes.${k}`)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t("unregisteredIncomes")}>
        {DECLARABLE_INCOME_TYPES.map((k) => (
          <option key={k} value={k}>
            {t(`incomeTypes.${k}`)}
          </option>
        ))}
      </optgroup>
    </SelectField>
  );
  const placed = ["kind", "changedOn", "note"];
  const unplaced = errors.find((x) => !placed.includes(x.field ?? "") && !(x.field ?? "").startsWith("change."));
  const general = unplaced ? te(unplaced.key, unplaced.details) : null;

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="space-y-3" data-testid={testId}>
      <SelectField
        id={idOf("kind")}
        label={t("kind")}
        value={kind}
        onChange={(e) => setKind(e.target.value as ChangeKind | "")}
        error={errorAt("kind")}
      >
        <option value="">—</option>
        {CHANGE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(voiced(`kinds.${k}`))}
          </option>
        ))}
      </SelectField>
      <DateField
        id={idOf("changedOn")}
        placeholder={tc("datePlaceholder")}
        label={t("changedOn")}
        hint={t("changedOnHint", { example: todayExample })}
        value={changedOn}
        onValueChange={setChangedOn}
        error={errorAt("changedOn")}
      />
      {(kind === "INCOME_GAINED" || kind === "INCOME_LOST" || kind === "MEMBER_LEFT") && memberSelect}
      {(kind === "INCOME_GAINED" || kind === "INCOME_LOST") && incomeSelect}
      {kind === "INCOME_GAINED" && (
        <TextField
          id={idOf("change.monthlyQepik")}
          inputMode="decimal"
          label={t("monthly")}
          hint={t("monthlyHint")}
          value={v.monthly}
          onChange={set("monthly")}
          error={errorAt("change.monthlyQepik")}
        />
      )}
      {kind === "MEMBER_JOINED" && (
        <>
          <TextField
            id={idOf("change.fin")}
            label={t("fin")}
            value={v.fin}
            onChange={set("fin")}
            error={errorAt("change.fin")}
            maxLength={7}
          />
          <TextField
            id={idOf("change.firstName")}
            label={t("firstName")}
            value={v.firstName}
            onChange={set("firstName")}
            error={errorAt("change.firstName")}
          />
          <TextField
            id={idOf("change.lastName")}
            label={t("lastName")}
            value={v.lastName}
            onChange={set("lastName")}
            error={errorAt("change.lastName")}
          />
          <TextField
            id={idOf("change.patronymic")}
            label={t("patronymic")}
            value={v.patronymic}
            onChange={set("patronymic")}
            error={errorAt("change.patronymic")}
          />
          <DateField
            id={idOf("change.birthDate")}
            placeholder={tc("datePlaceholder")}
            label={t("birthDate")}
            hint={tc("dateHint")}
            value={v.birthDate}
            onValueChange={(birthDate) => setV((old) => ({ ...old, birthDate }))}
            error={errorAt("change.birthDate")}
          />
          <SelectField
            id={idOf("change.relation")}
            label={t(voiced("relation"))}
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
            id={idOf("change.districtCode")}
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
            id={idOf("change.address")}
            label={t("address")}
            value={v.address}
            onChange={set("address")}
            error={errorAt("change.address")}
          />
        </>
      )}
      {note && (
        <TextArea
          id={idOf("note")}
          label={note.label}
          hint={note.hint}
          maxLength={note.maxLength}
          value={v.note}
          onChange={set("note")}
          error={errorAt("note")}
        />
      )}
      {general && (
        <p role="alert" className="font-medium text-red-700" data-testid="change-error">
          {general}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonPrimary}>
        {submitLabel ?? t("submit")}
      </button>
    </form>
  );
}
