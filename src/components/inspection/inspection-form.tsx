"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import {
  HOUSING_CONDITIONS,
  HOUSING_TYPES,
  JUDGEMENT_CODES,
  LIVESTOCK_KINDS,
  METER_KINDS,
  type InspectionResult,
} from "@/lib/inspection/inspection-result";
import { toInspectionResult, type InspectionFormState } from "@/lib/inspection/inspection-form-state";
import { useFormErrors } from "@/components/form/form-errors";
import { FieldErrorSummary, type SummaryField } from "@/components/form/field-error-summary";
import { FieldError, SelectField, TextArea, TextField } from "@/components/form/labelled-field";
import { buttonClass, CheckRow, Fieldset } from "./touch-fields";

interface Member {
  fin: string;
  name: string;
}

let nextKey = 0;
// Rows restored from the tablet keep their keys; the time keeps new ones from repeating them after a reload.
const newKey = () => `row-${Date.now()}-${(nextKey += 1)}`;

interface Props {
  members: Member[];
  /** The form as the tablet kept it, or a new one. */
  initial: InspectionFormState;
  /** The day the visit was booked for, to warn when it is recorded on another day (a warning, never a block). */
  bookedFor: string | null;
  formatDay: (iso: string) => string;
  /** Every change, so the tablet keeps what is typed. */
  onChange: (state: InspectionFormState) => void;
  /** A checked result, handed to the tablet, which keeps it and sends it. */
  onRecord: (result: InspectionResult) => void;
}

/** The visit form. Its state is plain data turned into the shared schema, so it needs nothing of the server. */
export function InspectionForm({ members, initial, bookedFor, formatDay, onChange, onRecord }: Props) {
  const t = useTranslations();
  const f = useTranslations("inspectionForm");
  const [state, setState] = useState<InspectionFormState>(initial);
  const fields = summaryFields(state, members, f);
  // The members present are refused as a group; the summary's link and the cursor go to its first box.
  const firstPresent = members[0] ? `present-${members[0].fin}` : "";
  const errorKey = (id: string) => (id === firstPresent ? "membersPresent" : id);
  const { summary, summaryRef, fail, err, generalSummary } = useFormErrors({
    fieldOrder: fields.map((x) => errorKey(x.id)),
    controlId: (key) => (key === "membersPresent" ? firstPresent : key),
  });
  const fieldErrors = Object.fromEntries(fields.map((x) => [x.id, err(errorKey(x.id))]));
  const general = generalSummary(fieldErrors);

  const set = (patch: Partial<InspectionFormState>) => {
    const next = { ...state, ...patch };
    setState(next);
    onChange(next);
  };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const checked = toInspectionResult(state);
    if (!checked.ok) return fail("errors.invalidInput", checked.errors);
    onRecord(checked.result);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-describedby={summary ? "inspection-form-summary" : undefined}
    >
      <div id="inspection-form-summary">
        <FieldErrorSummary
          fields={fields}
          errors={fieldErrors}
          general={general ? t(general) : null}
          summaryRef={summaryRef}
        />
      </div>
      {bookedFor && state.visitedOn !== bookedFor && (
        <p
          role="note"
          className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-lg text-amber-950"
          data-testid="other-day-warning"
        >
          {f("otherDayWarning", { booked: formatDay(bookedFor), today: formatDay(state.visitedOn) })}
        </p>
      )}

      <Fieldset legend={f("housing")}>
        <SelectField
          id="housingType"
          touch
          label={f("housingType")}
          error={err("housingType")}
          value={state.housingType}
          onChange={(e) => set({ housingType: e.target.value })}
        >
          <option value="">{f("choose")}</option>
          {HOUSING_TYPES.map((k) => (
            <option key={k} value={k}>
              {f(`housingTypes.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="housingCondition"
          touch
          label={f("housingCondition")}
          error={err("housingCondition")}
          value={state.housingCondition}
          onChange={(e) => set({ housingCondition: e.target.value })}
        >
          <option value="">{f("choose")}</option>
          {HOUSING_CONDITIONS.map((k) => (
            <option key={k} value={k}>
              {f(`housingConditions.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="rooms"
          touch
          inputMode="numeric"
          label={f("rooms")}
          error={err("rooms")}
          value={state.rooms}
          onChange={(e) => set({ rooms: e.target.value })}
        />
      </Fieldset>

      <Fieldset legend={f("meters")}>
        <p className="text-sm text-slate-600">{f("metersHint")}</p>
        {METER_KINDS.map((kind) => {
          const meter = state.meters[kind];
          const id = `meter-${kind}`;
          const setMeter = (patch: Partial<typeof meter>) =>
            set({ meters: { ...state.meters, [kind]: { ...meter, ...patch } } });
          return (
            <div key={kind} className="space-y-1">
              <CheckRow
                id={`${id}-present`}
                label={f(`meterKinds.${kind}`)}
                checked={meter.present}
                onChange={(present) => setMeter({ present })}
              />
              {meter.present && (
                <TextField
                  id={id}
                  touch
                  autoComplete="off"
                  label={f("meterNumber", { meter: f(`meterKinds.${kind}`) })}
                  error={err(id)}
                  value={meter.number}
                  onChange={(e) => setMeter({ number: e.target.value })}
                />
              )}
            </div>
          );
        })}
      </Fieldset>

      <Fieldset legend={f("landAndLivestock")}>
        <TextField
          id="landAreaSqm"
          touch
          inputMode="numeric"
          label={f("landAreaSqm")}
          hint={f("landAreaHint")}
          error={err("landAreaSqm")}
          value={state.landAreaSqm}
          onChange={(e) => set({ landAreaSqm: e.target.value })}
        />
        <p className="font-medium">{f("livestockHint")}</p>
        <div className="grid grid-cols-2 gap-3">
          {LIVESTOCK_KINDS.map((kind) => {
            const id = `livestock-${kind}`;
            return (
              <TextField
                key={kind}
                id={id}
                touch
                inputMode="numeric"
                label={f(`livestockKinds.${kind}`)}
                error={err(id)}
                value={state.livestock[kind]}
                onChange={(e) => set({ livestock: { ...state.livestock, [kind]: e.target.value } })}
              />
            );
          })}
        </div>
      </Fieldset>

      <Fieldset legend={f("vehicles")}>
        {state.vehicles.map((v, i) => (
          <div key={v.key} className="space-y-2 rounded-lg bg-slate-50 p-3">
            <TextField
              id={`vehicle-${i}-description`}
              touch
              label={f("vehicleDescription", { n: i + 1 })}
              error={err(`vehicle-${i}-description`)}
              value={v.description}
              onChange={(e) =>
                set({
                  vehicles: state.vehicles.map((x) => (x.key === v.key ? { ...x, description: e.target.value } : x)),
                })
              }
            />
            <TextField
              id={`vehicle-${i}-registration`}
              touch
              label={f("vehicleRegistration")}
              error={err(`vehicle-${i}-registration`)}
              value={v.registration}
              onChange={(e) =>
                set({
                  vehicles: state.vehicles.map((x) => (x.key === v.key ? { ...x, registration: e.target.value } : x)),
                })
              }
            />
            <button
              type="button"
              className={`${buttonClass} border border-slate-400`}
              onClick={() => set({ vehicles: state.vehicles.filter((x) => x.key !== v.key) })}
            >
              {f("remove")}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={`${buttonClass} border border-brand-600 text-brand-700`}
          onClick={() => set({ vehicles: [...state.vehicles, { key: newKey(), description: "", registration: "" }] })}
        >
          {f("addVehicle")}
        </button>
      </Fieldset>

      <Fieldset legend={f("largePurchases")}>
        {state.largePurchases.map((p, i) => (
          <div key={p.key} className="space-y-2 rounded-lg bg-slate-50 p-3">
            <TextField
              id={`purchase-${i}`}
              touch
              label={f("purchaseDescription", { n: i + 1 })}
              error={err(`purchase-${i}`)}
              value={p.description}
              onChange={(e) =>
                set({
                  largePurchases: state.largePurchases.map((x) =>
                    x.key === p.key ? { ...x, description: e.target.value } : x,
                  ),
                })
              }
            />
            <button
              type="button"
              className={`${buttonClass} border border-slate-400`}
              onClick={() => set({ largePurchases: state.largePurchases.filter((x) => x.key !== p.key) })}
            >
              {f("remove")}
            </button>
          </div>
        ))}
        <button
          type="button"
          className={`${buttonClass} border border-brand-600 text-brand-700`}
          onClick={() => set({ largePurchases: [...state.largePurchases, { key: newKey(), description: "" }] })}
        >
          {f("addPurchase")}
        </button>
      </Fieldset>

      <Fieldset legend={f("membersPresent")}>
        {members.map((m) => (
          <CheckRow
            key={m.fin}
            id={`present-${m.fin}`}
            label={m.name}
            checked={state.membersPresent.includes(m.fin)}
            onChange={(on) =>
              set({
                membersPresent: on ? [...state.membersPresent, m.fin] : state.membersPresent.filter((x) => x !== m.fin),
              })
            }
          />
        ))}
        <FieldError id="membersPresent" error={err("membersPresent")} />
      </Fieldset>

      <Fieldset legend={f("notesAndJudgement")}>
        <TextArea
          id="notes"
          touch
          label={f("notes")}
          error={err("notes")}
          value={state.notes}
          onChange={(e) => set({ notes: e.target.value })}
        />
        <CheckRow
          id="needsJudgement"
          label={f("needsJudgement")}
          checked={state.needsJudgement}
          onChange={(needsJudgement) => set({ needsJudgement })}
        />
        {state.needsJudgement && (
          <>
            <SelectField
              id="judgementCode"
              touch
              label={f("judgementCode")}
              error={err("judgementCode")}
              value={state.judgementCode}
              onChange={(e) => set({ judgementCode: e.target.value })}
            >
              <option value="">{f("choose")}</option>
              {JUDGEMENT_CODES.map((k) => (
                <option key={k} value={k}>
                  {f(`judgementCodes.${k}`)}
                </option>
              ))}
            </SelectField>
            <TextArea
              id="judgementReason"
              touch
              label={f("judgementReason")}
              error={err("judgementReason")}
              value={state.judgementReason}
              onChange={(e) => set({ judgementReason: e.target.value })}
            />
          </>
        )}
      </Fieldset>

      <button type="submit" className={`${buttonClass} w-full bg-brand-600 text-white`}>
        {f("submit")}
      </button>
    </form>
  );
}

/**
 * The form's fields in page order, as the error summary names and links them: the long form of a visit said only
 * "check the highlighted fields", and on a tablet the inspector had to scroll to find which.
 */
function summaryFields(
  state: InspectionFormState,
  members: readonly Member[],
  f: ReturnType<typeof useTranslations<"inspectionForm">>,
): SummaryField[] {
  return [
    { id: "housingType", label: f("housingType") },
    { id: "housingCondition", label: f("housingCondition") },
    { id: "rooms", label: f("rooms") },
    ...METER_KINDS.filter((kind) => state.meters[kind].present).map((kind) => ({
      id: `meter-${kind}`,
      label: f("meterNumber", { meter: f(`meterKinds.${kind}`) }),
    })),
    { id: "landAreaSqm", label: f("landAreaSqm") },
    ...LIVESTOCK_KINDS.map((kind) => ({ id: `livestock-${kind}`, label: f(`livestockKinds.${kind}`) })),
    ...state.vehicles.flatMap((_, i) => [
      { id: `vehicle-${i}-description`, label: f("vehicleDescription", { n: i + 1 }) },
      { id: `vehicle-${i}-registration`, label: `${f("vehicleRegistration")} (${i + 1})` },
    ]),
    ...state.largePurchases.map((_, i) => ({ id: `purchase-${i}`, label: f("purchaseDescription", { n: i + 1 }) })),
    ...(members[0] ? [{ id: `present-${members[0].fin}`, label: f("membersPresent") }] : []),
    { id: "notes", label: f("notes") },
    ...(state.needsJudgement
      ? [
          { id: "judgementCode", label: f("judgementCode") },
          { id: "judgementReason", label: f("judgementReason") },
        ]
      : []),
  ];
}
