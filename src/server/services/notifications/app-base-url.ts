import { notifyConfig } from "@/server/integrations/notify/config";

/** The address links in e-mails point to (APP_BASE_URL), as the messages' own configuration reads it. */
export function appBaseUrl(): string {
  return notifyConfig().APP_BASE_URL;
}
