import type { ReactNode } from "react";

/**
 * A translated sentence with one part of it kept on one line: a registration number ("VEM-2026-000005") or a
 * masked phone ("+994 ** *** ** 77") broken at its hyphen or spaces on a phone's narrow screen reads as two
 * pieces. The sentence still wraps around the part; the part is short enough for a 360 px screen. The catalogs keep
 * the plain "{number}" argument (no markup), so the part is found in the translated text; should a language ever
 * leave it out, the text is shown as it is.
 */
export function Unbroken({ text, part }: { text: string; part: string }): ReactNode {
  const at = part === "" ? -1 : text.indexOf(part);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span className="whitespace-nowrap" data-unbroken="">
        {part}
      </span>
      {text.slice(at + part.length)}
    </>
  );
}
