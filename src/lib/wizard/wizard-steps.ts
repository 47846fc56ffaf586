// The wizard's steps in order, apart from the limits (draft-limits.ts): the wizard's first load needs only these.
export const WIZARD_STEPS = ["contact", "address", "members", "declarations", "consent", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
