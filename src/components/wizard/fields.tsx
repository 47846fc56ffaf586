import * as shared from "@/components/form/labelled-field";
import { DateField as SharedDateField } from "@/components/form/date-field";
import { useWizardText } from "./wizard-texts";

// The wizard's controls are the shared labelled fields, addressed by their draft path: the id is derived from it
// ("members.1.fin" → "f-members-1-fin"), so the error summary can link to the field.

export const fieldId = (path: string) => `f-${path.replaceAll(".", "-")}`;

type ByPath<P> = Omit<P, "id" | "announce"> & { path: string };

export const TextField = ({ path, ...props }: ByPath<Parameters<typeof shared.TextField>[0]>) => (
  <shared.TextField id={fieldId(path)} {...props} />
);
export const TextArea = ({ path, ...props }: ByPath<Parameters<typeof shared.TextArea>[0]>) => (
  <shared.TextArea id={fieldId(path)} {...props} />
);
/** A date field with the date's own hint, unless the step gives a more specific one. */
export function DateField({
  path,
  hint,
  ...props
}: ByPath<Omit<Parameters<typeof SharedDateField>[0], "placeholder">>) {
  const t = useWizardText("common");
  return (
    <SharedDateField id={fieldId(path)} placeholder={t("datePlaceholder")} hint={hint ?? t("dateHint")} {...props} />
  );
}
export const SelectField = ({ path, ...props }: ByPath<Parameters<typeof shared.SelectField>[0]>) => (
  <shared.SelectField id={fieldId(path)} {...props} />
);

export const buttonPrimary =
  "w-full rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60 sm:w-auto";
export const buttonSecondary =
  "w-full rounded-lg border border-brand-600 bg-white px-5 py-3 font-semibold text-brand-700 sm:w-auto";
export const buttonLink = "text-brand-700 underline underline-offset-2";
