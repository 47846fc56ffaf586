import { redirect } from "@/i18n/navigation";
import { currentUser, staffAwaitingTotpEnrolment } from "@/server/auth";
import { homePathFor } from "@/kernel/session-user";

/** Where staff land after signing in: each role's own home. */
export default async function StaffHomeRedirect({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await currentUser();
  // STAFF_TOTP_REQUIRED: a staff member without a second factor is signed in for its enrolment only.
  if (!user && (await staffAwaitingTotpEnrolment())) return redirect({ href: "/staff/two-factor", locale });
  return redirect({ href: user ? homePathFor(user.role) : "/staff/sign-in", locale });
}
