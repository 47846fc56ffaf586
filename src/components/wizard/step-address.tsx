"use client";

import { useWizardLocale, useWizardText } from "./wizard-texts";
import { TextArea, SelectField } from "./fields";
import type { StepProps } from "./step-props";

export interface RegionOption {
  code: string;
  name: string;
  districts: { code: string; name: string }[];
}

export function StepAddress({ form, update, errorOf, regions }: StepProps & { regions: RegionOption[] }) {
  const t = useWizardText("wizard.address");
  const locale = useWizardLocale();
  const a = form.address;
  return (
    <div className="space-y-4">
      <p>{t("lead")}</p>
      <SelectField
        path="address.districtCode"
        label={t("district")}
        error={errorOf("address.districtCode")}
        value={a.districtCode}
        onChange={(e) => update({ ...form, address: { ...a, districtCode: e.target.value } })}
        required
      >
        <option value="">{t("chooseDistrict")}</option>
        {regions.map((r) => (
          <optgroup key={r.code} label={r.name}>
            {[...r.districts]
              .sort((x, y) => x.name.localeCompare(y.name, locale))
              .map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <TextArea
        path="address.address"
        label={t("address")}
        hint={t("addressHint")}
        error={errorOf("address.address")}
        value={a.address}
        onChange={(e) => update({ ...form, address: { ...a, address: e.target.value } })}
        autoComplete="street-address"
        required
      />
    </div>
  );
}
