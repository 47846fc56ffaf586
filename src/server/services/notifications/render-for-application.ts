import type { Channel, Locale } from "@/generated/prisma/client";
import type { Db } from "@/server/db/create-client";
import { AppError } from "@/server/errors";
import { notifyConfig } from "@/server/integrations/notify/config";
import type { Message } from "@/server/content/notices/message-data";
import { renderMessage, type RenderedMessage } from "@/server/content/notices/render-message";

export function toIsoDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** What a message about an application names of it. */
export interface ApplicationHeading {
  registrationNumber: string | null;
  applicationDate: Date | null;
}

/** Renders a message about an application: its registration number and date are read, not passed in. */
export async function renderForApplication(
  db: Db,
  applicationId: string,
  message: Message,
  locale: Locale,
  channel: Channel,
): Promise<RenderedMessage> {
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: { registrationNumber: true, applicationDate: true },
  });
  if (!application) throw new AppError("notFound", { entity: "application" });
  return renderWithHeading(applicationId, application, message, locale, channel);
}

/** The same, with the application's number and date already read (the outbox reads them with the contacts). */
export function renderWithHeading(
  applicationId: string,
  application: ApplicationHeading,
  message: Message,
  locale: Locale,
  channel: Channel,
): RenderedMessage {
  // Every message but the sign-in code is about a submitted application, which has its number.
  if (!application.registrationNumber) throw new AppError("invalidInput", { field: "registrationNumber" });
  const appBaseUrl = notifyConfig().APP_BASE_URL.replace(/\/+$/, "");
  return renderMessage(message, locale, channel, {
    registrationNumber: application.registrationNumber,
    applicationDate: toIsoDate(application.applicationDate),
    appBaseUrl,
    applicationUrl: `${appBaseUrl}/${locale}/applications/${applicationId}`,
  });
}
