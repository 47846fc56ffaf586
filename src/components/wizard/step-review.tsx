"use client";

import type { ReactNode } from "react";
import { useWizardLocale, useWizardText } from "./wizard-texts";
import { formatAzNumber } from "@/lib/i18n/az-format";
import { wizardDay } from "./wizard-day";
import { groupPhone, normalizeAzPhone } from "@/kernel/identity-format";
import { parseAzn } from "@/lib/wizard/check-form";
import type { FormState } from "@/lib/wizard/draft-form";
import { WIZARD_STEPS, type WizardStep } from "@/lib/wizard/wizard-steps";
import { buttonLink } from "./fields";
import { familyPeople, type FamilyBasis } from "./family-people";
import { personName } from "@/lib/people/person-name";
import type { RegionOption } from "./step-address";

interface Props {
  form: FormState;
  family: FamilyBasis;
  regions: RegionOption[];
  goTo: (step: number) => void;
}

export function StepReview({ form, family, regions, goTo }: Props) {
  const t = useWizardText("wizard");
  const people = familyPeople(form, family.representativeFin, new Date(), family);
  const locale = useWizardLocale();
  const date = (iso: string) => wizardDay(iso, locale);
  const azn = (text: string) => {
    const value = parseAzn(text) / 100;
    const options = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    return locale === "az" ? formatAzNumber(value, options) : new Intl.NumberFormat(locale, options).format(value);
  };
  const district = regions.flatMap((r) => r.districts).find((d) => d.code === form.address.districtCode)?.name ?? "";
  const nameOf = (fin: string) => people.find((p) => p.fin === fin)?.name ?? fin;
  const c = form.contact;

  const section = (step: WizardStep, body: ReactNode) => (
    <section aria-labelledby={`review-${step}`} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={`review-${step}`} className="text-lg font-semibold">
        {t(`steps.${step}`)}
      </h3>
      {body}
      <button type="button" className={buttonLink} onClick={() => goTo(WIZARD_STEPS.indexOf(step))}>
        {t("review.change", { step: t(`steps.${step}`) })}
      </button>
    </section>
  );

  return (
    <div className="space-y-4">
      <p>{t("review.lead")}</p>
      {section(
        "contact",
        <dl className="grid wrap-anywhere grid-cols-1 gap-x-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">{t("review.representative")}</dt>
          {/* Named and identified as the members below are (first name first, then the FIN), so the family reads
              one person the same way throughout and checks the representative's FIN as it checks theirs. */}
          <dd data-testid="review-representative">
            {personName(c)}, {c.birthDate && date(c.birthDate)}, {family.representativeFin}
          </dd>
          <dt className="font-medium">{t("contact.phone")}</dt>
          <dd>{groupPhone(normalizeAzPhone(c.phone) ?? c.phone)}</dd>
          {c.email && (
            <>
              <dt className="font-medium">{t("contact.email")}</dt>
              <dd>{c.email}</dd>
            </>
          )}
          <dt className="font-medium">{t("contact.channel")}</dt>
          <dd>{t(c.preferredChannel === "SMS" ? "contact.channelSms" : "contact.channelEmail")}</dd>
        </dl>,
      )}
      {section(
        "address",
        <p>
          {form.address.address}, {district}
        </p>,
      )}
      {section(
        "members",
        <ul className="list-disc pl-6" data-testid="review-members">
          {form.members.length === 0 && <li>{t("review.none")}</li>}
          {form.members.map((m) => (
            <li key={m.key}>
              {personName(m)} ({t(`members.relations.${m.relation}`)}), {m.birthDate && date(m.birthDate)},{" "}
              {m.fin.toUpperCase()}
            </li>
          ))}
        </ul>,
      )}
      {section(
        "declarations",
        <div className="space-y-2">
          <h4 className="font-medium">{t("declarations.incomesTitle")}</h4>
          <ul className="list-disc pl-6">
            {form.incomes.length === 0 && <li>{t("review.none")}</li>}
            {form.incomes.map((i) => (
              <li key={i.key}>
                {nameOf(i.memberFin)}: {t(`declarations.types.${i.type}`)}, {azn(i.monthlyAzn)} AZN
              </li>
            ))}
          </ul>
          <h4 className="font-medium">{t("declarations.assetsTitle")}</h4>
          <ul className="list-disc pl-6" data-testid="review-assets">
            {form.assets.length === 0 && <li>{t("review.none")}</li>}
            {form.assets.map((a) => (
              <li key={a.key}>
                {t(`declarations.kinds.${a.kind}`)}: {a.description}
                {a.quantity && ` (${a.quantity})`}
                {a.valueAzn && `, ${azn(a.valueAzn)} AZN`}
              </li>
            ))}
          </ul>
          <h4 className="font-medium">{t("declarations.notWorkingTitle")}</h4>
          <ul className="list-disc pl-6">
            {Object.entries(form.notWorking).filter(([fin, n]) => n.reason && people.some((p) => p.fin === fin))
              .length === 0 && <li>{t("review.none")}</li>}
            {Object.entries(form.notWorking)
              .filter(([fin, n]) => n.reason && people.some((p) => p.fin === fin))
              .map(([fin, n]) => (
                <li key={fin}>
                  {nameOf(fin)}: {t(`declarations.reasons.${n.reason}`)}
                  {n.reason === "CARES_FOR_MEMBER" && n.caresForFin && ` — ${nameOf(n.caresForFin)}`}
                </li>
              ))}
          </ul>
        </div>,
      )}
      {section("consent", <p>{t("review.consentGiven")}</p>)}
      <p className="font-medium">{t("review.truth")}</p>
    </div>
  );
}
