import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ZVisitPacket, type PacketVisit } from "@/lib/inspection/visit-packet";
import inspectionAz from "@/messages/inspection/az.json";
import inspectionRu from "@/messages/inspection/ru.json";
import { VisitList } from "./visit-list";

const visit: PacketVisit = {
  inspectionId: "i1",
  status: "SCHEDULED",
  attempt: 1,
  scheduledFor: "2026-12-08",
  completedAt: null,
  note: null,
  registrationNumber: "VEM-2026-000123",
  address: "Nizami küç., ev 62, mənzil 31",
  applicantName: "Elnarə Məmmədova",
  district: { nameAz: "Nəsimi rayonu", nameRu: "Насиминский район", nameEn: "Nasimi district" },
  contactPhone: null,
  members: [],
  recorded: null,
};

const listIn = (locale: "az" | "ru", messages: AbstractIntlMessages) =>
  renderToStaticMarkup(
    createElement(NextIntlClientProvider, {
      locale,
      messages,
      timeZone: "Asia/Baku",
      children: createElement(VisitList, { visits: [visit], outbox: [], today: "2026-12-08", open: () => undefined }),
    }),
  );

describe("the visit's address on the tablet", () => {
  it("comes with the district's name in the tablet's language", () => {
    const az = listIn("az", inspectionAz);
    expect(az).toContain("Nizami küç., ev 62, mənzil 31");
    expect(az).toContain("Nəsimi rayonu");
    expect(listIn("ru", inspectionRu)).toContain("Насиминский район");
  });

  it("still reads a visit kept on a tablet by a packet without the district", () => {
    const { district: _omitted, ...older } = visit;
    const kept = ZVisitPacket.safeParse({ generatedAt: "2026-12-07T06:00:00Z", visits: [older] });
    expect(kept.success).toBe(true);
    expect(kept.data?.visits[0]?.district).toBeNull();
  });
});
