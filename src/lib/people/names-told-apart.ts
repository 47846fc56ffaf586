/**
 * People as a choice lists them: a name two of them share gets the FIN beside it ("Nigar Səfərova (QFRK6CY)"), so
 * that two children named alike (a family names a girl after her late aunt) can be told apart; a name nobody else
 * has stays as it is. A name that is already the FIN (a person not yet named) is left alone.
 */
export function namesToldApart<P extends { fin: string; name: string }>(people: readonly P[]): P[] {
  const named = new Map<string, number>();
  for (const p of people) named.set(p.name, (named.get(p.name) ?? 0) + 1);
  return people.map((p) =>
    (named.get(p.name) ?? 0) > 1 && p.name !== p.fin ? { ...p, name: `${p.name} (${p.fin})` } : p,
  );
}
