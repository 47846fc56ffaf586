// Everything the wizard needs only once the person is past its first step: the other steps and the check before
// "Next". One module, so it arrives as one download, when the person starts using the form (load-later-steps.ts).
export { StepAddress } from "./step-address";
export { StepMembers } from "./step-members";
export { StepDeclarations } from "./step-declarations";
export { StepConsent } from "./step-consent";
export { StepReview } from "./step-review";
export { checkForm } from "@/lib/wizard/check-form";
export { startStepHistory } from "./step-history";
// What the wizard shows after a check or a server's refusal, which come after the first touch too.
export { fieldLabel } from "./field-label";
export { wizardDay } from "./wizard-day";
export { submitGate } from "./submit-gate";
