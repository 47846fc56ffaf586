import type { IsoDate } from "@/kernel/calendar-date";
import { formatAzn, formatPercent } from "@/kernel/money";
import {
  AGENCY_LABELS,
  DECLARATION_FIELD_LABELS,
  INSPECTION_NOT_DONE_LABELS,
  INSPECTOR_FLAG_LABELS,
  PARAMETER_LABELS,
  PURPOSE_LABELS,
  REPRESENTATIVE_PROBLEM_LABELS,
  SKIP_PROBLEM_LABELS,
  UNOBTAINED_LABELS,
  label,
} from "./reason-labels";
import type { DeclarationField } from "@/kernel/input-enums";
import type { LocalizedText, ReasonCode, ReasonFactsByCode } from "./reasons";

// The citizen-facing text of every reason, with its figures interpolated. Written for a family reading its own
// decision: plain words, the figures that decided it, and what happens next.

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dates(d: IsoDate): LocalizedText {
  const [y, m, day] = d.split("-");
  const dotted = `${day}.${m}.${y}`;
  return { az: dotted, ru: dotted, en: `${Number(day)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}` };
}
const azn = (q: number): LocalizedText => ({ az: formatAzn(q, "az"), ru: formatAzn(q, "ru"), en: formatAzn(q, "en") });
const pct = (bp: number): LocalizedText => ({
  az: formatPercent(bp, "az"),
  ru: formatPercent(bp, "ru"),
  en: formatPercent(bp, "en"),
});

function fieldValue(field: DeclarationField, value: number): LocalizedText {
  return field === "INCOME_12_MONTHS" ? azn(value) : { az: String(value), ru: String(value), en: String(value) };
}

type Messages = { readonly [C in ReasonCode]: (f: ReasonFactsByCode[C]) => LocalizedText };

export const REASON_MESSAGES: Messages = {
  LOW_INCOME_ASSIGNED: (f) => {
    const [c, t, i, a, from, to] = [
      azn(f.needCriterionQepik),
      azn(f.thresholdQepik),
      azn(f.averageIncomeQepik),
      azn(f.amountQepik),
      dates(f.periodFrom),
      dates(f.periodTo),
    ];
    return {
      az: `Ailənizə ünvanlı dövlət sosial yardımı təyin edilir. Nəzərə alınan ailə üzvləri: ${f.memberCount} × ehtiyac meyarı ${c.az} = ${t.az}. Müraciət ayından əvvəlki 12 ayda ailənin orta aylıq gəliri ${i.az} olub. Aylıq yardım: ${a.az}, ${from.az} – ${to.az} dövrü üçün.`,
      ru: `Вашей семье назначена адресная государственная социальная помощь. Учтено членов семьи: ${f.memberCount} × критерий нуждаемости ${c.ru} = ${t.ru}. Среднемесячный доход семьи за 12 месяцев до месяца обращения — ${i.ru}. Ежемесячная помощь: ${a.ru}, на период с ${from.ru} по ${to.ru}.`,
      en: `Your family is granted targeted state social assistance. Members counted: ${f.memberCount} × need criterion ${c.en} = ${t.en}. Your family's average monthly income over the 12 months before the month of application was ${i.en}. Monthly assistance: ${a.en}, from ${from.en} to ${to.en}.`,
    };
  },
  INCOME_AT_OR_ABOVE_THRESHOLD: (f) => {
    const [c, t, i] = [azn(f.needCriterionQepik), azn(f.thresholdQepik), azn(f.averageIncomeQepik)];
    return {
      az: `Ailənin orta aylıq gəliri (${i.az}) ailə üzrə ehtiyac meyarından (${f.memberCount} × ${c.az} = ${t.az}) aşağı deyil, buna görə ailə az təminatlı hesab edilmir.`,
      ru: `Среднемесячный доход семьи (${i.ru}) не ниже критерия нуждаемости для семьи (${f.memberCount} × ${c.ru} = ${t.ru}), поэтому семья не считается малообеспеченной.`,
      en: `Your family's average monthly income (${i.en}) is not lower than the need criterion for the family (${f.memberCount} × ${c.en} = ${t.en}), so the family is not considered low-income.`,
    };
  },
  DECLARATION_MISMATCH: (f) => {
    const [n, d, v] = [
      label(DECLARATION_FIELD_LABELS, f.field),
      fieldValue(f.field, f.declared),
      fieldValue(f.field, f.verified),
    ];
    return {
      az: `Müraciətdə göstərilən məlumat (${n.az}: ${d.az}) yoxlanılmış məlumatla (${v.az}) uyğun gəlmir.`,
      ru: `Сведения в заявлении (${n.ru}: ${d.ru}) не совпадают с проверенными данными (${v.ru}).`,
      en: `What the application states (${n.en}: ${d.en}) does not match the verified data (${v.en}).`,
    };
  },
  LARGE_TRANSACTION: (f) => {
    const [a, l, d] = [azn(f.amountQepik), azn(f.limitQepik), dates(f.date)];
    const buy = f.kind === "PURCHASE";
    return {
      az: `Müraciətdən əvvəlki 12 ay ərzində ailə ${d.az} tarixində ${a.az} dəyərində ${buy ? "alış" : "satış"} edib (${f.description}); bu, yaşayış minimumunun ${f.multiple} mislindən (${l.az}) çoxdur.`,
      ru: `За 12 месяцев до обращения семья совершила ${buy ? "покупку" : "продажу"} на сумму ${a.ru} (${d.ru}, ${f.description}), что больше ${f.multiple}-кратного прожиточного минимума (${l.ru}).`,
      en: `In the 12 months before the application the family made a ${buy ? "purchase" : "sale"} worth ${a.en} on ${d.en} (${f.description}), more than ${f.multiple} times the subsistence minimum (${l.en}).`,
    };
  },
  MOTOR_VEHICLE: (f) => {
    const owns = f.relation === "OWNS";
    return {
      az: `Ailənin ${owns ? "mülkiyyətində" : "istifadəsində"} avtonəqliyyat vasitəsi var (qeydiyyat nişanı ${f.registration}). Yalnız dövlətin reabilitasiya məqsədilə verdiyi nəqliyyat vasitələri istisnadır.`,
      ru: `У семьи есть автотранспортное средство в ${owns ? "собственности" : "пользовании"} (номер ${f.registration}). Исключение составляют только транспортные средства, предоставленные государством для реабилитации.`,
      en: `The family ${owns ? "owns" : "uses"} a motor vehicle (registration ${f.registration}). Only vehicles the state provided for rehabilitation are allowed.`,
    };
  },
  JOB_OFFERS_REFUSED: (f) => {
    const [last, from] = [dates(f.lastRefusalDate), dates(f.reapplyFrom)];
    return {
      az: `Əmək qabiliyyətli və işləməyən ailə üzvü ${f.fin} Dövlət Məşğulluq Agentliyinin təklif etdiyi ${f.refusals} uyğun işdən imtina edib (sonuncu dəfə ${last.az}). Yeni müraciətə ${from.az} tarixindən baxıla bilər.`,
      ru: `Трудоспособный неработающий член семьи ${f.fin} отказался от подходящей работы, предложенной Государственным агентством занятости (отказов: ${f.refusals}, последний — ${last.ru}). Новое обращение может быть рассмотрено с ${from.ru}.`,
      en: `Family member ${f.fin}, who can work and does not, refused ${f.refusals} suitable jobs offered by the State Employment Agency (the last on ${last.en}). A new application can be considered from ${from.en}.`,
    };
  },
  HIGH_UTILITY_COSTS: (f) => {
    const [p, l, s] = [azn(f.perPersonMonthlyQepik), azn(f.limitQepik), pct(f.shareBasisPoints)];
    return {
      az: `Ailənin kommunal və rabitə xərcləri hər nəfərə ayda orta hesabla ${p.az} təşkil edir; bu, yaşayış minimumunun ${s.az} həddinə (${l.az}) çatır və ya onu keçir.`,
      ru: `Расходы семьи на коммунальные услуги и связь составляют в среднем ${p.ru} на человека в месяц, что не меньше ${s.ru} прожиточного минимума (${l.ru}).`,
      en: `The family's utility and communication costs average ${p.en} per person per month, which is at least ${s.en} of the subsistence minimum (${l.en}).`,
    };
  },
  MULTIPLE_REAL_ESTATE_SAME_PURPOSE: (f) => {
    const p = label(PURPOSE_LABELS, f.purpose);
    return {
      az: `Ailənin müxtəlif ünvanlarda eyni təyinatlı (${p.az}) ${f.addressCount} daşınmaz əmlak obyekti var.`,
      ru: `Семье принадлежат объекты недвижимости одного назначения (${p.ru}) по разным адресам: ${f.addressCount}.`,
      en: `The family owns ${f.addressCount} real-estate objects of the same purpose (${p.en}) at different addresses.`,
    };
  },
  LOW_INCOME_NOT_BEYOND_CONTROL: (f) => ({
    az: `Ailə üzvü ${f.fin} (${f.ageYears} yaş) əmək qabiliyyətlidir, lakin işləmir və qəbul edilən səbəblərdən heç biri yoxdur (sağlamlığı 81–100 % məhdud şəxsə, sağlamlıq imkanları məhdud 18 yaşınadək uşağa və ya 8 yaşınadək uşağa qulluq; 23 yaşınadək əyani təhsil; işsizlikdən sığorta ödənişi; itkin düşmə, olduğu yerin bilinməməsi və ya həbs). Buna görə ailənin az təminatlılığı ondan asılı olmayan səbəblərlə izah edilmir.`,
    ru: `Член семьи ${f.fin} (${f.ageYears} лет) трудоспособен, но не работает, и ни одна из признаваемых причин не применима (уход за человеком с утратой здоровья 81–100 %, ребёнком с ограниченными возможностями здоровья до 18 лет или ребёнком до 8 лет; очное обучение до 23 лет; страховое пособие по безработице; безвестное отсутствие, неизвестное местонахождение или содержание под стражей). Поэтому малообеспеченность семьи не признаётся не зависящей от неё.`,
    en: `Family member ${f.fin} (aged ${f.ageYears}) can work but does not, and none of the accepted reasons applies (caring for a person with 81–100 % disability, a disabled child under 18 or a child under 8; full-time study under 23; unemployment insurance; missing, whereabouts unknown or detained). The family's low income is therefore not considered beyond its control.`,
  }),
  FALSE_INFORMATION_BAR: (f) => {
    const [found, from] = [dates(f.foundOn), dates(f.availableFrom)];
    return {
      az: `${found.az} tarixində ailənin yalan və ya natamam məlumat verdiyi müəyyən edilib (qərar ${f.decisionRef}). Yardım hüququ itirilib; yeni müraciətə ${from.az} tarixindən baxıla bilər.`,
      ru: `${found.ru} установлено, что семья представила ложные или неполные сведения (решение ${f.decisionRef}). Право на помощь утрачено; новое обращение может быть рассмотрено с ${from.ru}.`,
      en: `On ${found.en} it was found that the family gave false or incomplete information (decision ${f.decisionRef}). The right to assistance is lost; a new application can be considered from ${from.en}.`,
    };
  },
  NO_COUNTED_MEMBERS: (f) => ({
    az: `Müraciətdə göstərilən ${f.listed} nəfərdən heç biri ailə üzvü kimi nəzərə alına bilmir (müddətli həqiqi hərbi xidmətdə olanlar, tam dövlət təminatında olanlar, cəza çəkənlər, axtarışda olanlar, ölkədən kənarda yaşayanlar, əcnəbilər və vəfat etmiş şəxslər nəzərə alınmır).`,
    ru: `Ни один из указанных в заявлении людей (${f.listed}) не может быть учтён как член семьи (не учитываются военнослужащие срочной службы, лица на полном государственном обеспечении, отбывающие наказание, находящиеся в розыске, проживающие за рубежом, иностранцы и умершие).`,
    en: `None of the ${f.listed} people in the application can be counted as a family member (conscripts on service, people in full state care, prisoners, wanted persons, people living abroad, foreigners and deceased persons are not counted).`,
  }),
  AGENCY_DATA_NOT_OBTAINED: (f) => {
    const [a, r] = [label(AGENCY_LABELS, f.agency), label(UNOBTAINED_LABELS, f.reason)];
    return {
      az: `«${a.az}» mənbəsindən məlumat əldə edilə bilmədi (${r.az}). Qərardan əvvəl əməkdaş bunu yoxlayacaq.`,
      ru: `Не удалось получить данные из источника «${a.ru}» (${r.ru}). Перед решением их проверит сотрудник.`,
      en: `Data from “${a.en}” could not be obtained (${r.en}). A staff member will check it before the decision.`,
    };
  },
  DECLARATION_DIFFERS_WITHIN_TOLERANCE: (f) => {
    const [n, d, v] = [
      label(DECLARATION_FIELD_LABELS, f.field),
      fieldValue(f.field, f.declared),
      fieldValue(f.field, f.verified),
    ];
    return {
      az: `Müraciətdə göstərilən məlumat (${n.az}: ${d.az}) yoxlanılmış məlumatdan (${v.az}) bir qədər fərqlənir. Əməkdaş bunu yoxlayacaq.`,
      ru: `Сведения в заявлении (${n.ru}: ${d.ru}) немного расходятся с проверенными данными (${v.ru}). Их проверит сотрудник.`,
      en: `What the application states (${n.en}: ${d.en}) differs slightly from the verified data (${v.en}). A staff member will check it.`,
    };
  },
  INSPECTOR_FLAG: (f) => {
    const l = label(INSPECTOR_FLAG_LABELS, f.flag);
    return {
      az: `Evinizə gələn müfəttiş qeyd edib: ${l.az} (${f.note}). Əməkdaş buna baxacaq.`,
      ru: `Инспектор, посетивший ваш дом, отметил: ${l.ru} (${f.note}). Это рассмотрит сотрудник.`,
      en: `The inspector who visited your home noted: ${l.en} (${f.note}). A staff member will review it.`,
    };
  },
  INSPECTION_NOT_DONE: (f) => {
    const r = label(INSPECTION_NOT_DONE_LABELS, f.reason);
    return {
      az: `Ailənin maddi-məişət şəraitinin müayinəsi aparılmayıb (${r.az}). Necə davam ediləcəyinə əməkdaş qərar verəcək.`,
      ru: `Обследование материально-бытовых условий семьи не проведено (${r.ru}). Как поступить дальше, решит сотрудник.`,
      en: `The inspection of the family's living conditions has not been done (${r.en}). A staff member will decide how to proceed.`,
    };
  },
  INSPECTION_SKIP_NOT_JUSTIFIED: (f) => {
    const parts = f.problems.split(",").map((p) => label(SKIP_PROBLEM_LABELS, p));
    const join = (k: keyof LocalizedText): string => parts.map((p) => p[k]).join("; ");
    return {
      az: `Ev müayinəsi təkrar müraciət kimi keçirilməyib, lakin bunun şərtləri ödənilmir (${join("az")}). Əməkdaş müayinəni təşkil edəcək.`,
      ru: `Обследование на дому пропущено как при повторном обращении, но условия для этого не выполнены (${join("ru")}). Сотрудник организует обследование.`,
      en: `The home inspection was skipped as for a repeat application, but the conditions for that are not met (${join("en")}). A staff member will arrange it.`,
    };
  },
  INCOME_NEAR_THRESHOLD: (f) => {
    const [i, t, m] = [azn(f.averageIncomeQepik), azn(f.thresholdQepik), pct(f.marginBasisPoints)];
    return {
      az: `Ailənin orta aylıq gəliri (${i.az}) ailə üzrə ehtiyac meyarına (${t.az}) çox yaxındır: fərq ${m.az} həddini keçmir. Qərardan əvvəl əməkdaş hesablamanı yoxlayacaq.`,
      ru: `Среднемесячный доход семьи (${i.ru}) отличается от критерия нуждаемости для семьи (${t.ru}) не более чем на ${m.ru}. Перед решением сотрудник проверит расчёт.`,
      en: `Your family's average monthly income (${i.en}) is within ${m.en} of the need criterion for the family (${t.en}). A staff member will check the figures before the decision.`,
    };
  },
  EMPLOYMENT_STATUS_UNKNOWN: (f) => ({
    az: `Əmək qabiliyyətli yaşda olan ailə üzvünün (${f.fin}) işləyib-işləmədiyi müəyyən edilə bilmədi. Əməkdaş bunu yoxlayacaq.`,
    ru: `Не удалось установить, работает ли член семьи трудоспособного возраста (${f.fin}). Это проверит сотрудник.`,
    en: `Whether family member ${f.fin}, who is of working age, works could not be established. A staff member will check it.`,
  }),
  PARAMETER_NOT_IN_FORCE: (f) => {
    const [p, d] = [label(PARAMETER_LABELS, f.parameter), dates(f.date)];
    return {
      az: `Qərar üçün lazım olan normativ göstərici (${p.az}) ${d.az} tarixi üçün qeydə alınmayıb. Əməkdaş bunu tamamlayacaq.`,
      ru: `Нормативный показатель, нужный для решения (${p.ru}), не внесён на дату ${d.ru}. Сотрудник его дополнит.`,
      en: `A legal figure this decision needs (${p.en}) is not recorded for ${d.en}. A staff member will complete it.`,
    };
  },
  REPRESENTATIVE_NOT_ELIGIBLE: (f) => {
    const p = label(REPRESENTATIVE_PROBLEM_LABELS, f.problem);
    return {
      az: `Müraciət edən ailə üzvü (${f.fin}) yetkinlik yaşına çatmış və əmək qabiliyyətli olmalıdır (${p.az}); əks halda ailənin adından qəyyum və ya etibarnamə ilə nümayəndə müraciət edir.`,
      ru: `Подавший заявление член семьи (${f.fin}) должен быть совершеннолетним и трудоспособным (${p.ru}); иначе от имени семьи обращается опекун или представитель по доверенности.`,
      en: `The family member who applied (${f.fin}) must be an adult able to work (${p.en}); otherwise a guardian or an attorney applies for the family.`,
    };
  },
};
