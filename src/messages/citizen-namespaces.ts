// The texts each citizen section's client components read, and nothing else: a family's phone downloads them
// with every page of the section (in the page's payload), where the whole catalog, with the staff's, the
// administrators' and the reports' texts, was ~100,000 characters for a page of one line.
// citizen-namespaces.test.ts follows each section's pages to their client components to keep every list whole.

/** /my: the "Start an application" button's refusals. */
export const MY_CLIENT_NAMESPACES = ["errors"] as const;

/** /sign-in: the phone-and-code form and the e-Gov button. */
export const SIGN_IN_CLIENT_NAMESPACES = ["signIn", "errors", "common"] as const;

/** /applications/…: the family's page (its letters, payments, card branch, change reports, appeal) and its letter. */
export const APPLICATION_CLIENT_NAMESPACES = [
  "applicationPage",
  "assistanceYear",
  "changes",
  "common",
  "errors",
  "letter",
  "status",
] as const;
