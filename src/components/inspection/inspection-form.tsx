"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { HOUSING_CONDITIONS, HOUSING_TYPES, JUDGEMENT_CODES, LIVESTOCK_KINDS, METER_KINDS } from "@/lib/inspection/inspection-result";
import { emptyInspectionForm, toInspectionResult, type InspectionFormState } from "@/lib/inspection/inspection-form-state";
import { errorKeysOf } from "@/lib/trpc/field-error-keys";
import { useTRPC } from "@/lib/trpc/react";
import { buttonClass, CheckRow, errorProps, FieldError, Fieldset, inputClass } from "./touch-fields";

interface Member {
  fin: string;
  name: string;
}

let nextKey = 0;
const newKey = () => `row-${(nextKey += 1)}`;

/** The visit form. Its state is plain data turned into the shared schema, so it needs nothing of the server. */
export function InspectionForm({ inspectionId, members, today }: { inspectionId: string; members: Member[]; today: string }) {
  const t = useTranslations();
  const f = useTranslations("inspectionForm");
  const trpc = useTRPC();
  const router = useRouter();
  const [state, setState] = useState<InspectionFormState>(() => emptyInspectionForm(today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const record = useMutation(trpc.inspection.record.mutationOptions());

  const set = (patch: Partial<InspectionFormState>) => setState((s) => ({ ...s, ...patch }));
  const err = (id: string) => (errors[id] ? t(errors[id]) : undefined);

  function fail(summaryKey: string, fieldErrors: Record<string, string>) {
    setErrors(fieldErrors);
    setSummary(summaryKey);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const checked = toInspectionResult(state);
    if (!checked.ok) return fail("errors.invalidInput", checked.errors);
    try {
      await record.mutateAsync({ inspectionId, result: checked.result });
      router.refresh();
    } catch (error) {
      const keys = errorKeysOf(error, "result.");
      fail(keys.summary, keys.fields);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-describedby={summary ? "inspection-form-summary" : undefined}>
      <div ref={summaryRef} tabIndex={-1} id="inspection-form-summary" role="alert" className={summary ? "rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800" : "sr-only"}>
        {summary ? t(summary) : ""}
      </div>

      <Fieldset legend={f("housing")}>
        <div className="space-y-1">
          <label htmlFor="housingType" className="block font-medium">{f("housingType")}</label>
          <select id="housingType" className={inputClass} value={state.housingType} onChange={(e) => set({ housingType: e.target.value })} {...errorProps("housingType", err("type"))}>
            <option value="">{f("choose")}</option>
            {HOUSING_TYPES.map((k) => <option key={k} value={k}>{f(`housingTypes.${k}`)}</option>)}
          </select>
          <FieldError id="housingType" message={err("type")} />
        </div>
        <div className="space-y-1">
          <label htmlFor="housingCondition" className="block font-medium">{f("housingCondition")}</label>
          <select id="housingCondition" className={inputClass} value={state.housingCondition} onChange={(e) => set({ housingCondition: e.target.value })} {...errorProps("housingCondition", err("condition"))}>
            <option value="">{f("choose")}</option>
            {HOUSING_CONDITIONS.map((k) => <option key={k} value={k}>{f(`housingConditions.${k}`)}</option>)}
          </select>
          <FieldError id="housingCondition" message={err("condition")} />
        </div>
        <div className="space-y-1">
          <label htmlFor="rooms" className="block font-medium">{f("rooms")}</label>
          <input id="rooms" inputMode="numeric" className={inputClass} value={state.rooms} onChange={(e) => set({ rooms: e.target.value })} {...errorProps("rooms", err("rooms"))} />
          <FieldError id="rooms" message={err("rooms")} />
        </div>
      </Fieldset>

      <Fieldset legend={f("meters")}>
        <p className="text-sm text-slate-600">{f("metersHint")}</p>
        {METER_KINDS.map((kind) => {
          const meter = state.meters[kind];
          const id = `meter-${kind}`;
          const setMeter = (patch: Partial<typeof meter>) => set({ meters: { ...state.meters, [kind]: { ...meter, ...patch } } });
          return (
            <div key={kind} className="space-y-1">
              <CheckRow id={`${id}-present`} label={f(`meterKinds.${kind}`)} checked={meter.present} onChange={(present) => setMeter({ present })} />
              {meter.present && (
                <>
                  <label htmlFor={id} className="block font-medium">{f("meterNumber", { meter: f(`meterKinds.${kind}`) })}</label>
                  <input id={id} className={inputClass} autoComplete="off" value={meter.number} onChange={(e) => setMeter({ number: e.target.value })} {...errorProps(id, err(id))} />
                  <FieldError id={id} message={err(id)} />
                </>
              )}
            </div>
          );
        })}
      </Fieldset>

      <Fieldset legend={f("landAndLivestock")}>
        <div className="space-y-1">
          <label htmlFor="landAreaSqm" className="block font-medium">{f("landAreaSqm")}</label>
          <p id="landAreaSqm-hint" className="text-sm text-slate-600">{f("landAreaHint")}</p>
          <input id="landAreaSqm" inputMode="numeric" className={inputClass} value={state.landAreaSqm} onChange={(e) => set({ landAreaSqm: e.target.value })} {...errorProps("landAreaSqm", err("landAreaSqm"))} />
          <FieldError id="landAreaSqm" message={err("landAreaSqm")} />
        </div>
        <p className="font-medium">{f("livestockHint")}</p>
        <div className="grid grid-cols-2 gap-3">
          {LIVESTOCK_KINDS.map((kind) => {
            const id = `livestock-${kind}`;
            return (
              <div key={kind} className="space-y-1">
                <label htmlFor={id} className="block">{f(`livestockKinds.${kind}`)}</label>
                <input id={id} inputMode="numeric" className={inputClass} value={state.livestock[kind]} onChange={(e) => set({ livestock: { ...state.livestock, [kind]: e.target.value } })} {...errorProps(id, err(id))} />
                <FieldError id={id} message={err(id)} />
              </div>
            );
          })}
        </div>
      </Fieldset>

      <Fieldset legend={f("vehicles")}>
        {state.vehicles.map((v, i) => (
          <div key={v.key} className="space-y-2 rounded-lg bg-slate-50 p-3">
            <label htmlFor={`vehicle-${i}-description`} className="block font-medium">{f("vehicleDescription", { n: i + 1 })}</label>
            <input id={`vehicle-${i}-description`} className={inputClass} value={v.description}
              onChange={(e) => set({ vehicles: state.vehicles.map((x) => (x.key === v.key ? { ...x, description: e.target.value } : x)) })}
              {...errorProps(`vehicle-${i}-description`, err(`vehicle-${i}-description`))} />
            <FieldError id={`vehicle-${i}-description`} message={err(`vehicle-${i}-description`)} />
            <label htmlFor={`vehicle-${i}-registration`} className="block font-medium">{f("vehicleRegistration")}</label>
            <input id={`vehicle-${i}-registration`} className={inputClass} value={v.registration}
              onChange={(e) => set({ vehicles: state.vehicles.map((x) => (x.key === v.key ? { ...x, registration: e.target.value } : x)) })}
              {...errorProps(`vehicle-${i}-registration`, err(`vehicle-${i}-registration`))} />
            <FieldError id={`vehicle-${i}-registration`} message={err(`vehicle-${i}-registration`)} />
            <button type="button" className={`${buttonClass} border border-slate-400`} onClick={() => set({ vehicles: state.vehicles.filter((x) => x.key !== v.key) })}>
              {f("remove")}
            </button>
          </div>
        ))}
        <button type="button" className={`${buttonClass} border border-brand-600 text-brand-700`} onClick={() => set({ vehicles: [...state.vehicles, { key: newKey(), description: "", registration: "" }] })}>
          {f("addVehicle")}
        </button>
      </Fieldset>

      <Fieldset legend={f("largePurchases")}>
        {state.largePurchases.map((p, i) => (
          <div key={p.key} className="space-y-2 rounded-lg bg-slate-50 p-3">
            <label htmlFor={`purchase-${i}`} className="block font-medium">{f("purchaseDescription", { n: i + 1 })}</label>
            <input id={`purchase-${i}`} className={inputClass} value={p.description}
              onChange={(e) => set({ largePurchases: state.largePurchases.map((x) => (x.key === p.key ? { ...x, description: e.target.value } : x)) })}
              {...errorProps(`purchase-${i}`, err(`purchase-${i}`))} />
            <FieldError id={`purchase-${i}`} message={err(`purchase-${i}`)} />
            <button type="button" className={`${buttonClass} border border-slate-400`} onClick={() => set({ largePurchases: state.largePurchases.filter((x) => x.key !== p.key) })}>
              {f("remove")}
            </button>
          </div>
        ))}
        <button type="button" className={`${buttonClass} border border-brand-600 text-brand-700`} onClick={() => set({ largePurchases: [...state.largePurchases, { key: newKey(), description: "" }] })}>
          {f("addPurchase")}
        </button>
      </Fieldset>

      <Fieldset legend={f("membersPresent")}>
        {members.map((m) => (
          <CheckRow key={m.fin} id={`present-${m.fin}`} label={m.name} checked={state.membersPresent.includes(m.fin)}
            onChange={(on) => set({ membersPresent: on ? [...state.membersPresent, m.fin] : state.membersPresent.filter((x) => x !== m.fin) })} />
        ))}
        <FieldError id="membersPresent" message={err("membersPresent")} />
      </Fieldset>

      <Fieldset legend={f("notesAndJudgement")}>
        <div className="space-y-1">
          <label htmlFor="notes" className="block font-medium">{f("notes")}</label>
          <textarea id="notes" rows={3} className={inputClass} value={state.notes} onChange={(e) => set({ notes: e.target.value })} {...errorProps("notes", err("notes"))} />
          <FieldError id="notes" message={err("notes")} />
        </div>
        <CheckRow id="needsJudgement" label={f("needsJudgement")} checked={state.needsJudgement} onChange={(needsJudgement) => set({ needsJudgement })} />
        {state.needsJudgement && (
          <>
            <div className="space-y-1">
              <label htmlFor="judgementCode" className="block font-medium">{f("judgementCode")}</label>
              <select id="judgementCode" className={inputClass} value={state.judgementCode} onChange={(e) => set({ judgementCode: e.target.value })} {...errorProps("judgementCode", err("judgementCode"))}>
                <option value="">{f("choose")}</option>
                {JUDGEMENT_CODES.map((k) => <option key={k} value={k}>{f(`judgementCodes.${k}`)}</option>)}
              </select>
              <FieldError id="judgementCode" message={err("judgementCode")} />
            </div>
            <div className="space-y-1">
              <label htmlFor="judgementReason" className="block font-medium">{f("judgementReason")}</label>
              <textarea id="judgementReason" rows={3} className={inputClass} value={state.judgementReason} onChange={(e) => set({ judgementReason: e.target.value })} {...errorProps("judgementReason", err("judgementReason"))} />
              <FieldError id="judgementReason" message={err("judgementReason")} />
            </div>
          </>
        )}
      </Fieldset>

      <button type="submit" disabled={record.isPending} className={`${buttonClass} w-full bg-brand-600 text-white`}>
        {f("submit")}
      </button>
    </form>
  );
}
