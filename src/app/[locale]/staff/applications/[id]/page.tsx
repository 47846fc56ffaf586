import { ApplicationPage } from "@/components/application-page";
import { StaffChangesPanel } from "@/components/changes/staff-changes-panel";

export default async function StaffApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { id } = await params;
  return (
    <div className="space-y-8">
      <ApplicationPage params={params} roles={["CASEWORKER", "SUPERVISOR", "ADMIN"]} />
      {/* Changes during the period and ground 9 (issue 14); nothing for an administrator (not their case). */}
      <StaffChangesPanel applicationId={id} />
    </div>
  );
}
