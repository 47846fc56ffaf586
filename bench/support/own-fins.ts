/**
 * The same family shape under new FINs (application number `n`), so that a drill's every application is a case of
 * its own: a family may have one open application at a time, and the simulator offers only 50 families per outcome.
 */
export function withOwnFins<
  T extends {
    representativeFin: string;
    members: { fin: string }[];
    suggestedDeclaration: { declaredFacts: { memberFin: string }[] };
  },
>(family: T, n: number): T {
  const fin = (old: string, i: number) =>
    `${(n * 10 + i).toString(36).toUpperCase().padStart(5, "0").slice(-5)}${old.slice(5)}`;
  const map = new Map(family.members.map((m, i) => [m.fin, fin(m.fin, i)]));
  return {
    ...family,
    representativeFin: map.get(family.representativeFin) ?? family.representativeFin,
    members: family.members.map((m) => ({ ...m, fin: map.get(m.fin) ?? m.fin })),
    suggestedDeclaration: {
      ...family.suggestedDeclaration,
      declaredFacts: family.suggestedDeclaration.declaredFacts.map((d) => ({
        ...d,
        memberFin: map.get(d.memberFin) ?? d.memberFin,
      })),
    },
  };
}
