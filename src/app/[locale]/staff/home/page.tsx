import { redirect } from "@/i18n/navigation";
import { currentUser } from "@/server/auth";
import { homePathFor } from "@/kernel/session-user";

/** Where staff land after signing in: each role's own home. */
export default async function StaffHomeRedirect({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await currentUser();
  return redirect({ href: user ? homePathFor(user.role) : "/staff/sign-in", locale });
}
