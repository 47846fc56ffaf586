// A family is told who comes to its home, but no more of a staff member's name than it needs to recognise them at
// the door (issue 17, docs/inspector-tablet.md): the first name and the surname's initial, "Aysel M.".

/** "Aysel Məmmədova" → "Aysel M."; a one-word name stays as it is; a patronymic in the middle is left out. */
export function shortName(fullName: string): string {
  const words = fullName
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  const first = words[0] ?? "";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  if (!last) return first;
  return `${first} ${[...last][0]?.toLocaleUpperCase("az") ?? ""}.`;
}
