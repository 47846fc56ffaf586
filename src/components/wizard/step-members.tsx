"use client";

import { useWizardText } from "./wizard-texts";
import { MEMBER_RELATIONS } from "@/lib/wizard/draft-limits";
import { normalizeFin } from "@/kernel/identity-format";
import type { FormMember } from "@/lib/wizard/draft-form";
import { personName } from "@/lib/people/person-name";
import { buttonLink, buttonSecondary, DateField, fieldId, SelectField, TextField } from "./fields";
import { changeThenFocus } from "./focus-later";
import { newKey } from "./new-key";
import type { StepProps } from "./step-props";

const blank = (): FormMember => ({
  key: newKey(),
  fin: "",
  firstName: "",
  lastName: "",
  patronymic: "",
  birthDate: "",
  relation: "",
});

export function StepMembers({ form, update, errorOf, representativeFin }: StepProps & { representativeFin: string }) {
  const t = useWizardText("wizard.members");
  const members = form.members;
  const setMember = (i: number, patch: Partial<FormMember>) =>
    update({ ...form, members: members.map((m, j) => (j === i ? { ...m, ...patch } : m)) });

  function remove(i: number) {
    const gone = normalizeFin(members[i]?.fin ?? "");
    // Answers about the removed person go with them, so the draft never refers to someone not listed.
    const notWorking = Object.fromEntries(
      Object.entries(form.notWorking).filter(([fin, n]) => fin !== gone && n.caresForFin !== gone),
    );
    changeThenFocus(
      () =>
        update({
          ...form,
          members: members.filter((_, j) => j !== i),
          incomes: form.incomes.filter((x) => x.memberFin !== gone),
          notWorking,
        }),
      "add-member",
    );
  }

  const familyError = errorOf("members");
  return (
    <div className="space-y-4">
      <p>{t("lead")}</p>
      {familyError && (
        <p
          id={fieldId("members")}
          tabIndex={-1}
          className="rounded-lg border-2 border-red-700 bg-red-50 p-3 font-medium text-red-800"
          data-testid="field-error"
        >
          {familyError}
        </p>
      )}
      <ol className="space-y-4">
        <li className="rounded-lg border border-slate-300 bg-slate-100 p-4">
          <p className="font-semibold">{t("you")}</p>
          <p>
            {personName(form.contact)} · {representativeFin}
          </p>
        </li>
        {members.map((m, i) => (
          <li key={m.key} className="rounded-lg border border-slate-300 bg-white p-4">
            <fieldset className="space-y-3">
              <legend className="text-lg font-semibold">{t("member", { n: i + 1 })}</legend>
              <TextField
                path={`members.${i}.fin`}
                label={t("fin")}
                hint={t("finHint")}
                error={errorOf(`members.${i}.fin`)}
                value={m.fin}
                onChange={(e) => setMember(i, { fin: e.target.value })}
                autoCapitalize="characters"
                autoComplete="off"
                maxLength={7}
                required
              />
              <TextField
                path={`members.${i}.firstName`}
                label={t("firstName")}
                error={errorOf(`members.${i}.firstName`)}
                value={m.firstName}
                onChange={(e) => setMember(i, { firstName: e.target.value })}
                autoComplete="off"
                required
              />
              <TextField
                path={`members.${i}.lastName`}
                label={t("lastName")}
                error={errorOf(`members.${i}.lastName`)}
                value={m.lastName}
                onChange={(e) => setMember(i, { lastName: e.target.value })}
                autoComplete="off"
                required
              />
              <TextField
                path={`members.${i}.patronymic`}
                label={t("patronymic")}
                error={errorOf(`members.${i}.patronymic`)}
                value={m.patronymic}
                onChange={(e) => setMember(i, { patronymic: e.target.value })}
                autoComplete="off"
              />
              <DateField
                path={`members.${i}.birthDate`}
                label={t("birthDate")}
                error={errorOf(`members.${i}.birthDate`)}
                value={m.birthDate}
                onValueChange={(birthDate) => setMember(i, { birthDate })}
                required
              />
              <SelectField
                path={`members.${i}.relation`}
                label={t("relation")}
                error={errorOf(`members.${i}.relation`)}
                value={m.relation}
                onChange={(e) => setMember(i, { relation: e.target.value })}
                required
              >
                <option value="">{t("chooseRelation")}</option>
                {MEMBER_RELATIONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`relations.${r}`)}
                  </option>
                ))}
              </SelectField>
              <button type="button" className={buttonLink} onClick={() => remove(i)}>
                {t("remove", { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {members.length === 0 && <p>{t("none")}</p>}
      <button
        id="add-member"
        type="button"
        className={buttonSecondary}
        onClick={() =>
          changeThenFocus(
            () => update({ ...form, members: [...members, blank()] }),
            fieldId(`members.${members.length}.fin`),
          )
        }
      >
        {t("add")}
      </button>
    </div>
  );
}
