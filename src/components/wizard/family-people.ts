import { normalizeFin } from "@/kernel/identity-format";
import { ageInYearsOn, bakuDate } from "@/kernel/calendar-date";
import type { FormState } from "@/lib/wizard/draft-form";
import { namesToldApart } from "@/lib/people/names-told-apart";
import { personName } from "@/lib/people/person-name";

/** Who the family's choices are made from: the representative, and the law's adult age in force today. */
export interface FamilyBasis {
  representativeFin: string;
  adultAge: number;
}

export interface Person {
  fin: string;
  name: string;
  adult: boolean;
}

/** The representative and the listed members, by normalized FIN, for the choices of the later steps. */
export function familyPeople(form: FormState, representativeFin: string, now: Date, adultAge: number): Person[] {
  const today = bakuDate(now);
  const adult = (birthDate: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && ageInYearsOn(birthDate, today) >= adultAge;
  const people = [
    { fin: representativeFin, name: personName(form.contact, representativeFin), adult: adult(form.contact.birthDate) },
    ...form.members.map((m) => ({
      fin: normalizeFin(m.fin),
      name: personName(m, normalizeFin(m.fin)),
      adult: adult(m.birthDate),
    })),
  ];
  // Two children may share a name: the FIN tells them apart in the choices of whose income or whose care.
  return namesToldApart(people);
}
