import { ApplicationPage } from "@/components/application-page";

export default function CitizenApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  return <ApplicationPage params={params} roles={["CITIZEN"]} />;
}
