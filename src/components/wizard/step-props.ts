import type { FormState } from "@/lib/wizard/draft-form";

/** What every step gets: the whole form (steps refer to each other's answers) and its field errors. */
export interface StepProps {
  form: FormState;
  update: (next: FormState) => void;
  /** The translated error of a field (by draft path), or null. */
  errorOf: (path: string) => string | null;
}
