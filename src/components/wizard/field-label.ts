import { normalizeFin } from "@/kernel/identity-format";
import type { FormState } from "@/lib/wizard/draft-form";
import { personName as named } from "@/lib/people/person-name";

/** Translates a key of the `wizard` namespace (useWizardText("wizard")). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

const CONTACT: Record<string, string> = {
  firstName: "contact.firstName",
  lastName: "contact.lastName",
  patronymic: "contact.patronymic",
  birthDate: "contact.birthDate",
  phone: "contact.phone",
  email: "contact.email",
  preferredChannel: "contact.channel",
};
const ADDRESS: Record<string, string> = { districtCode: "address.district", address: "address.address" };
const MEMBER: Record<string, string> = {
  fin: "members.fin",
  firstName: "members.firstName",
  lastName: "members.lastName",
  patronymic: "members.patronymic",
  birthDate: "members.birthDate",
  relation: "members.relation",
};
const INCOME: Record<string, string> = {
  memberFin: "declarations.member",
  type: "declarations.type",
  monthlyAzn: "declarations.amount",
  note: "declarations.note",
};
const ASSET: Record<string, string> = {
  kind: "declarations.kind",
  description: "declarations.description",
  valueAzn: "declarations.value",
};

/**
 * The words a field of the form is labelled with, to name it in the error summary ("Family member 2, FIN"), from
 * its draft path (draft-form.ts's field names). Null for an error about no one field (a family without an adult),
 * which its message names well enough.
 */
export function fieldLabel(path: string, form: FormState, representativeFin: string, t: Translate): string | null {
  const [section, a, b] = path.split(".");
  const row = Number(a) + 1;
  const labelled = (group: string, key: string | undefined) => (key ? `${group}, ${t(key)}` : null);
  switch (section) {
    case "contact":
      return a && CONTACT[a] ? t(CONTACT[a]) : null;
    case "address":
      return a && ADDRESS[a] ? t(ADDRESS[a]) : null;
    case "members":
      return b ? labelled(t("members.member", { n: row }), MEMBER[b]) : null;
    case "declarations": {
      const [, , i, field] = path.split(".");
      const n = Number(i) + 1;
      if (a === "incomes" && field) return labelled(t("declarations.income", { n }), INCOME[field]);
      if (a === "assets" && field === "quantity") {
        const kind = form.assets[Number(i)]?.kind;
        return labelled(
          t("declarations.asset", { n }),
          kind === "LAND" ? "declarations.quantityLand" : "declarations.quantityLivestock",
        );
      }
      if (a === "assets" && field) return labelled(t("declarations.asset", { n }), ASSET[field]);
      return null;
    }
    case "notWorking": {
      const name = personName(form, representativeFin, a ?? "");
      return b === "caresForFin" ? `${name}, ${t("declarations.caresFor")}` : t("declarations.reasonFor", { name });
    }
    case "consent":
      return t("steps.consent");
    default:
      return null;
  }
}

/** The person a FIN names, as the declarations step names them: first and last name, else the FIN. */
function personName(form: FormState, representativeFin: string, fin: string): string {
  const person = fin === representativeFin ? form.contact : form.members.find((m) => normalizeFin(m.fin) === fin);
  return person ? named(person, fin) : fin;
}
