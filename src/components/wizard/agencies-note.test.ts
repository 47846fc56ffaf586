import { describe, expect, it } from "vitest";
import az from "@/messages/az.json";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

// The wizard's header says what not to enter; step 4 ("What the agencies do not know") asks the family to list the
// property and vehicles it owns or uses (the registers show only what is registered; docs/citizen-wizard.md). The
// "do not enter" sentence must not name them, and the note must say they are declared.
const declared = {
  az: { notes: az.wizard.agenciesNote, words: /əmlak|nəqliyyat/i },
  ru: { notes: ru.wizard.agenciesNote, words: /имуществ|транспорт/i },
  en: { notes: en.wizard.agenciesNote, words: /property|vehicle/i },
};

describe("the wizard's note on what the agencies know", () => {
  it.each(Object.entries(declared))(
    "%s: does not tell the family to leave out what step 4 asks",
    (_, { notes, words }) => {
      const [doNotEnter, ...rest] = notes.split(/(?<=\.)\s+/);
      expect(doNotEnter).not.toMatch(words);
      expect(rest.join(" ")).toMatch(words);
    },
  );
});
