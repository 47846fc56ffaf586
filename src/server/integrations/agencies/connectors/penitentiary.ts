import { z } from "zod";
import { zIsoDate, zReplyHeader } from "../common";
import { defineConnector, sourceOf } from "../connector";

export const zPenitentiaryReply = zReplyHeader.extend({
  status: z.enum(["NONE", "SERVING_SENTENCE", "WANTED", "RELEASED"]),
  since: zIsoDate.nullable(),
  until: zIsoDate.nullable(),
});

export const penitentiaryConnector = defineConnector({
  code: "penitentiary",
  name: "Penitentiary service",
  purpose: "Check whether a family member serves a sentence or is wanted (excluded from the member count)",
  scope: "PERSON",
  reply: zPenitentiaryReply,
  map: (r) => {
    const source = sourceOf("penitentiary");
    if (r.status === "SERVING_SENTENCE")
      return { member: { statuses: [{ status: "IMPRISONED", source, since: r.since }] } };
    if (r.status === "WANTED") return { member: { statuses: [{ status: "WANTED", source, since: r.since }] } };
    return {};
  },
});
