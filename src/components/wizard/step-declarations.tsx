"use client";

import { useWizardText } from "./wizard-texts";
import {
  ASSET_KINDS,
  DECLARABLE_INCOME_TYPES,
  NOT_WORKING_REASONS,
  type NotWorkingReason,
} from "@/lib/wizard/draft-limits";
import type { FormAsset, FormIncome } from "@/lib/wizard/draft-form";
import { buttonLink, buttonSecondary, fieldId, SelectField, TextField } from "./fields";
import { familyPeople, type FamilyBasis } from "./family-people";
import { changeThenFocus } from "./focus-later";
import { newKey } from "./new-key";
import type { StepProps } from "./step-props";

export function StepDeclarations({ form, update, errorOf, family }: StepProps & { family: FamilyBasis }) {
  const t = useWizardText("wizard.declarations");
  const people = familyPeople(form, family.representativeFin, new Date(), family);
  const { incomes, assets } = form;
  const setIncome = (i: number, patch: Partial<FormIncome>) =>
    update({ ...form, incomes: incomes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setAsset = (i: number, patch: Partial<FormAsset>) =>
    update({ ...form, assets: assets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setReason = (fin: string, reason: NotWorkingReason | "", caresForFin = "") =>
    update({ ...form, notWorking: { ...form.notWorking, [fin]: { reason, caresForFin } } });
  const personOptions = (exclude?: string) =>
    people
      .filter((p) => p.fin !== exclude)
      .map((p) => (
        <option key={p.fin} value={p.fin}>
          {p.name}
        </option>
      ));

  return (
    <div className="space-y-8">
      <p>{t("lead")}</p>

      <section aria-labelledby="incomes-title" className="space-y-3">
        <h3 id="incomes-title" className="text-lg font-semibold">
          {t("incomesTitle")}
        </h3>
        <p>{t("incomesLead")}</p>
        <ol className="space-y-4">
          {incomes.map((inc, i) => (
            <li key={inc.key} className="rounded-lg border border-slate-300 bg-white p-4">
              <fieldset className="space-y-3">
                <legend className="font-semibold">{t("income", { n: i + 1 })}</legend>
                <SelectField
                  path={`declarations.incomes.${i}.memberFin`}
                  label={t("member")}
                  error={errorOf(`declarations.incomes.${i}.memberFin`)}
                  value={inc.memberFin}
                  onChange={(e) => setIncome(i, { memberFin: e.target.value })}
                  required
                >
                  <option value="">{t("chooseMember")}</option>
                  {personOptions()}
                </SelectField>
                <SelectField
                  path={`declarations.incomes.${i}.type`}
                  label={t("type")}
                  error={errorOf(`declarations.incomes.${i}.type`)}
                  value={inc.type}
                  onChange={(e) => setIncome(i, { type: e.target.value })}
                  required
                >
                  <option value="">{t("chooseType")}</option>
                  {DECLARABLE_INCOME_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`types.${type}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  path={`declarations.incomes.${i}.monthlyAzn`}
                  label={t("amount")}
                  hint={t("amountHint")}
                  error={errorOf(`declarations.incomes.${i}.monthlyAzn`)}
                  value={inc.monthlyAzn}
                  onChange={(e) => setIncome(i, { monthlyAzn: e.target.value })}
                  inputMode="decimal"
                  autoComplete="off"
                  required
                />
                <TextField
                  path={`declarations.incomes.${i}.note`}
                  label={t("note")}
                  error={errorOf(`declarations.incomes.${i}.note`)}
                  value={inc.note}
                  onChange={(e) => setIncome(i, { note: e.target.value })}
                  autoComplete="off"
                />
                <button
                  type="button"
                  className={buttonLink}
                  onClick={() =>
                    changeThenFocus(() => update({ ...form, incomes: incomes.filter((_, j) => j !== i) }), "add-income")
                  }
                >
                  {t("removeIncome", { n: i + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          id="add-income"
          type="button"
          className={buttonSecondary}
          onClick={() =>
            changeThenFocus(
              () =>
                update({
                  ...form,
                  incomes: [...incomes, { key: newKey(), memberFin: "", type: "", monthlyAzn: "", note: "" }],
                }),
              fieldId(`declarations.incomes.${incomes.length}.memberFin`),
            )
          }
        >
          {t("addIncome")}
        </button>
      </section>

      <section aria-labelledby="assets-title" className="space-y-3">
        <h3 id="assets-title" className="text-lg font-semibold">
          {t("assetsTitle")}
        </h3>
        <p>{t("assetsLead")}</p>
        <ol className="space-y-4">
          {assets.map((a, i) => (
            <li key={a.key} className="rounded-lg border border-slate-300 bg-white p-4">
              <fieldset className="space-y-3">
                <legend className="font-semibold">{t("asset", { n: i + 1 })}</legend>
                <SelectField
                  path={`declarations.assets.${i}.kind`}
                  label={t("kind")}
                  error={errorOf(`declarations.assets.${i}.kind`)}
                  value={a.kind}
                  onChange={(e) => setAsset(i, { kind: e.target.value })}
                  required
                >
                  <option value="">{t("chooseKind")}</option>
                  {ASSET_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kinds.${k}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  path={`declarations.assets.${i}.description`}
                  label={t("description")}
                  error={errorOf(`declarations.assets.${i}.description`)}
                  value={a.description}
                  onChange={(e) => setAsset(i, { description: e.target.value })}
                  autoComplete="off"
                  required
                />
                {(a.kind === "LIVESTOCK" || a.kind === "LAND") && (
                  <TextField
                    path={`declarations.assets.${i}.quantity`}
                    label={t(a.kind === "LAND" ? "quantityLand" : "quantityLivestock")}
                    error={errorOf(`declarations.assets.${i}.quantity`)}
                    value={a.quantity}
                    onChange={(e) => setAsset(i, { quantity: e.target.value })}
                    inputMode="numeric"
                    autoComplete="off"
                  />
                )}
                <TextField
                  path={`declarations.assets.${i}.valueAzn`}
                  label={t("value")}
                  hint={t("amountHint")}
                  error={errorOf(`declarations.assets.${i}.valueAzn`)}
                  value={a.valueAzn}
                  onChange={(e) => setAsset(i, { valueAzn: e.target.value })}
                  inputMode="decimal"
                  autoComplete="off"
                />
                <button
                  type="button"
                  className={buttonLink}
                  onClick={() =>
                    changeThenFocus(() => update({ ...form, assets: assets.filter((_, j) => j !== i) }), "add-asset")
                  }
                >
                  {t("removeAsset", { n: i + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          id="add-asset"
          type="button"
          className={buttonSecondary}
          onClick={() =>
            changeThenFocus(
              () =>
                update({
                  ...form,
                  assets: [...assets, { key: newKey(), kind: "", description: "", quantity: "", valueAzn: "" }],
                }),
              fieldId(`declarations.assets.${assets.length}.kind`),
            )
          }
        >
          {t("addAsset")}
        </button>
      </section>

      <section aria-labelledby="not-working-title" className="space-y-3">
        <h3 id="not-working-title" className="text-lg font-semibold">
          {t("notWorkingTitle")}
        </h3>
        <p>{t("notWorkingLead")}</p>
        {/* Only members of working age: a child or a pensioner needs no reason not to work (RULES.md). One who
            already has an answer (kept from before) is still shown, so that it can be seen and changed. */}
        {people
          .filter((p) => p.workingAge || Boolean(form.notWorking[p.fin]?.reason))
          .map((p) => {
            const n = form.notWorking[p.fin] ?? { reason: "", caresForFin: "" };
            return (
              <div key={p.fin} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
                <SelectField
                  path={`notWorking.${p.fin}.reason`}
                  label={t("reasonFor", { name: p.name })}
                  error={errorOf(`notWorking.${p.fin}.reason`)}
                  value={n.reason}
                  onChange={(e) => setReason(p.fin, e.target.value as NotWorkingReason | "")}
                >
                  <option value="">{t("reasons.none")}</option>
                  {NOT_WORKING_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`reasons.${r}`)}
                    </option>
                  ))}
                </SelectField>
                {n.reason === "CARES_FOR_MEMBER" && (
                  <SelectField
                    path={`notWorking.${p.fin}.caresForFin`}
                    label={t("caresFor")}
                    error={errorOf(`notWorking.${p.fin}.caresForFin`)}
                    value={n.caresForFin}
                    onChange={(e) => setReason(p.fin, "CARES_FOR_MEMBER", e.target.value)}
                    required
                  >
                    <option value="">{t("chooseMember")}</option>
                    {personOptions(p.fin)}
                  </SelectField>
                )}
              </div>
            );
          })}
      </section>
    </div>
  );
}
