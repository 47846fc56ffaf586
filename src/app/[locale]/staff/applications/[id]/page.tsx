import { ApplicationPage } from "@/components/application-page";

export default function StaffApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  return <ApplicationPage params={params} roles={["CASEWORKER", "SUPERVISOR", "ADMIN"]} />;
}
