import { z } from "zod";
import { ZInspectionResult } from "./inspection-result";

// The visit packet: what the server sends the tablet (src/server/services/inspections/get-visit-packet.ts makes
// it, typed by this) and what the tablet keeps. A copy read back from the device is checked against this: one an
// older version wrote, or a damaged one, is not shown but downloaded again.

const VISIT_STATUSES = ["SCHEDULED", "COMPLETED", "MISSED", "CANCELLED", "SKIPPED"] as const;
const RELATIONS = ["APPLICANT", "SPOUSE", "CHILD", "PARENT", "SIBLING", "GRANDCHILD", "GRANDPARENT", "OTHER"] as const;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ZPacketVisit = z.object({
  inspectionId: z.string(),
  status: z.enum(VISIT_STATUSES),
  attempt: z.number().int(),
  scheduledFor: day.nullable(),
  completedAt: z.string().nullable(),
  note: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  address: z.string().nullable(),
  applicantName: z.string(),
  // Defaults to null so that a packet kept on a tablet without it (or with a field missing) is still read, and
  // its visits shown offline, rather than thrown away until the next download.
  district: z.object({ nameAz: z.string(), nameRu: z.string(), nameEn: z.string() }).nullable().default(null),
  // Personal data travels only while the visit is open (SCHEDULED): a closed one has no phone and no members.
  contactPhone: z.string().nullable(),
  members: z.array(
    z.object({
      fin: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      patronymic: z.string().nullable(),
      birthDate: day,
      relation: z.enum(RELATIONS),
    }),
  ),
  /**
   * A completed visit's answers as the office stored them, read back for the done view. The FINs of those present
   * stay on the server (a closed visit carries no family data): only how many were present travels. A packet an
   * older version kept has none.
   */
  recorded: z
    .object({ result: ZInspectionResult, membersPresentCount: z.number().int().nonnegative() })
    .nullable()
    .default(null),
});

/** `generatedAt`: the server's time when it made the packet (ISO). */
export const ZVisitPacket = z.object({ generatedAt: z.string(), visits: z.array(ZPacketVisit) });

export type PacketVisit = z.infer<typeof ZPacketVisit>;
export type VisitPacket = z.infer<typeof ZVisitPacket>;
