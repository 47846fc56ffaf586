import type { ReactNode } from "react";
import { describedBy, FieldError } from "./labelled-field";

/**
 * One checkbox with its label beside it, and its error below tied to it for screen readers (WCAG 1.3.1, 3.3.1), as
 * the staff and admin forms ask for a confirmation or a flag. The box is 20 px, and the label's text is part of the
 * target, so it is easy to hit; `className` places the whole field in its form's layout.
 */
export function CheckboxField({
  id,
  label,
  checked,
  onCheckedChange,
  error,
  className,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  error?: string | null;
  className?: string;
}) {
  return (
    <div className={className ?? "space-y-1"}>
      <label htmlFor={id} className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-1 h-5 w-5 shrink-0"
          checked={checked}
          onChange={(e) => onCheckedChange(e.target.checked)}
          {...describedBy(id, { error })}
        />
        <span>{label}</span>
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}
