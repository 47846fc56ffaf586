"use server";

import { z } from "zod";
import { locales, routing } from "@/i18n/routing";
import { signOut } from "./index";

const zSignOutForm = z.object({ locale: z.enum(locales).catch(routing.defaultLocale) });

/**
 * Sign-out as a server action: the header's button posts here instead of loading next-auth's browser client (8 KB
 * compressed on every page, the wizard's included). Auth.js clears the session cookie and redirects to the home
 * page in the language the person was using; the action's own origin check (Next) stands in for the CSRF token.
 */
export async function signOutAction(formData: FormData): Promise<void> {
  const { locale } = zSignOutForm.parse({ locale: formData.get("locale") });
  await signOut({ redirectTo: `/${locale}` });
}
