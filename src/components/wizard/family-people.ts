import { normalizeFin } from "@/kernel/identity-format";
import { ageInYearsOn, bakuDate } from "@/kernel/calendar-date";
import type { FormState } from "@/lib/wizard/draft-form";
import { namesToldApart } from "@/lib/people/names-told-apart";
import { personName } from "@/lib/people/person-name";
import { ofWorkingAge, type WorkingAgeRules } from "@/lib/wizard/working-age";

/** Who the family's choices are made from: the representative, and the law's ages in force today (working-age.ts). */
export interface FamilyBasis extends WorkingAgeRules {
  representativeFin: string;
}

export interface Person {
  fin: string;
  name: string;
  adult: boolean;
  /** Adult and below the pension age: the members asked why they do not work. */
  workingAge: boolean;
}

/** The representative and the listed members, by normalized FIN, for the choices of the later steps. */
export function familyPeople(form: FormState, representativeFin: string, now: Date, rules: WorkingAgeRules): Person[] {
  const today = bakuDate(now);
  const adult = (birthDate: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(birthDate) && ageInYearsOn(birthDate, today) >= rules.adultAge;
  const person = (fin: string, name: string, birthDate: string) => ({
    fin,
    name,
    adult: adult(birthDate),
    workingAge: ofWorkingAge(birthDate, today, rules),
  });
  const people = [
    person(representativeFin, personName(form.contact, representativeFin), form.contact.birthDate),
    ...form.members.map((m) => person(normalizeFin(m.fin), personName(m, normalizeFin(m.fin)), m.birthDate)),
  ];
  // Two children may share a name: the FIN tells them apart in the choices of whose income or whose care.
  return namesToldApart(people);
}
