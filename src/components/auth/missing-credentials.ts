/** The sign-in fields left empty, in the page's order: said beside each before anything is sent. */
export function missingCredentials(fields: { email: string; password: string }): ("email" | "password")[] {
  return [
    ...(fields.email.trim() === "" ? (["email"] as const) : []),
    // A password is taken as typed (spaces count), so only an empty one is missing.
    ...(fields.password === "" ? (["password"] as const) : []),
  ];
}
