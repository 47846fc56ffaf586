"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useRouter } from "@/i18n/navigation";
import { errorKeyOf } from "@/lib/trpc/error-code";
import { useTRPC } from "@/lib/trpc/react";

interface Region {
  code: string;
  nameAz: string;
  nameRu: string;
  nameEn: string;
  districts: { code: string; nameAz: string; nameRu: string; nameEn: string }[];
}

type Locale = "az" | "ru" | "en";
const nameIn = (locale: Locale, n: { nameAz: string; nameRu: string; nameEn: string }) =>
  locale === "ru" ? n.nameRu : locale === "en" ? n.nameEn : n.nameAz;

export function StartApplicationForm({ regions }: { regions: Region[] }) {
  const t = useTranslations("my");
  const te = useTranslations("errors");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const trpc = useTRPC();
  const [districtCode, setDistrictCode] = useState("");
  const start = useMutation(trpc.application.start.mutationOptions({ onSuccess: (a) => router.push(`/applications/${a.id}`) }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (districtCode) start.mutate({ districtCode, locale });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <label htmlFor="district" className="block font-medium">{t("district")}</label>
      <select id="district" value={districtCode} onChange={(e) => setDistrictCode(e.target.value)} required
        className="w-full rounded-lg border border-slate-400 px-3 py-3">
        <option value="">{t("chooseDistrict")}</option>
        {regions.map((r) => (
          <optgroup key={r.code} label={nameIn(locale, r)}>
            {r.districts.map((d) => (
              <option key={d.code} value={d.code}>{nameIn(locale, d)}</option>
            ))}
          </optgroup>
        ))}
      </select>
      {start.error && <p role="alert" className="text-red-700">{te(errorKeyOf(start.error))}</p>}
      <button type="submit" disabled={!districtCode || start.isPending} className="w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white disabled:opacity-60">
        {t("start")}
      </button>
    </form>
  );
}
