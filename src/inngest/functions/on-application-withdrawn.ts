import { inngest } from "@/inngest/client";
import { applicationWithdrawn } from "@/inngest/events";
import { getDb } from "@/server/db/client";
import { releaseWithdrawnApplication } from "@/server/services/applications/release-withdrawn-application";

/** Frees the inspectors' planned visits of a withdrawn application; the chain ends itself at its next step. */
export const onApplicationWithdrawn = inngest.createFunction(
  { id: "release-withdrawn-application", triggers: [applicationWithdrawn] },
  async ({ event, step }) =>
    step.run("cancel-planned-visits", () =>
      releaseWithdrawnApplication(getDb(), { applicationId: event.data.applicationId }),
    ),
);
