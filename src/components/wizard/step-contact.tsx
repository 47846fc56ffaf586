"use client";

import { useWizardText } from "./wizard-texts";
import type { FormState } from "@/lib/wizard/draft-form";
import { DateField, TextField } from "./fields";
import type { StepProps } from "./step-props";

export function StepContact({ form, update, errorOf, representativeFin }: StepProps & { representativeFin: string }) {
  const t = useWizardText("wizard.contact");
  const c = form.contact;
  const set = (patch: Partial<FormState["contact"]>) => update({ ...form, contact: { ...c, ...patch } });
  return (
    <div className="space-y-4">
      <p>{t("lead")}</p>
      <p>
        <span className="font-medium">{t("fin")}:</span>{" "}
        <span data-testid="representative-fin">{representativeFin}</span>
      </p>
      <TextField
        path="contact.firstName"
        label={t("firstName")}
        error={errorOf("contact.firstName")}
        value={c.firstName}
        onChange={(e) => set({ firstName: e.target.value })}
        autoComplete="given-name"
        required
      />
      <TextField
        path="contact.lastName"
        label={t("lastName")}
        error={errorOf("contact.lastName")}
        value={c.lastName}
        onChange={(e) => set({ lastName: e.target.value })}
        autoComplete="family-name"
        required
      />
      <TextField
        path="contact.patronymic"
        label={t("patronymic")}
        error={errorOf("contact.patronymic")}
        value={c.patronymic}
        onChange={(e) => set({ patronymic: e.target.value })}
        autoComplete="additional-name"
      />
      <DateField
        path="contact.birthDate"
        label={t("birthDate")}
        error={errorOf("contact.birthDate")}
        value={c.birthDate}
        onValueChange={(birthDate) => set({ birthDate })}
        autoComplete="bday"
        required
      />
      <TextField
        path="contact.phone"
        label={t("phone")}
        hint={t("phoneHint")}
        error={errorOf("contact.phone")}
        value={c.phone}
        onChange={(e) => set({ phone: e.target.value })}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
      />
      <TextField
        path="contact.email"
        label={t("email")}
        error={errorOf("contact.email")}
        value={c.email}
        onChange={(e) => set({ email: e.target.value })}
        type="email"
        autoComplete="email"
      />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("channel")}</legend>
        {(["SMS", "EMAIL"] as const).map((channel) => (
          <label key={channel} className="flex items-center gap-3 py-1">
            <input
              type="radio"
              name="preferredChannel"
              value={channel}
              checked={c.preferredChannel === channel}
              onChange={() => set({ preferredChannel: channel })}
              className="h-5 w-5"
            />
            {t(channel === "SMS" ? "channelSms" : "channelEmail")}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
