import { z } from "zod";
import { zIsoDate, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zConscriptionReply = zReplyHeader.extend({
  status: z.enum(["NOT_LIABLE", "LIABLE", "DEFERRED", "SERVING", "SERVED"]),
  serviceFrom: zIsoDate.nullable(),
  serviceUntil: zIsoDate.nullable(),
});

export const conscriptionConnector = defineConnector({
  code: "conscription",
  name: "State Service for Mobilisation and Conscription",
  purpose: "Check whether a family member is a conscript on active service (excluded from the member count)",
  scope: "PERSON",
  reply: zConscriptionReply,
  map: (r) =>
    r.status === "SERVING"
      ? { member: { statuses: [{ status: "CONSCRIPT", source: sourceOf("conscription"), since: r.serviceFrom }] } }
      : {},
});
