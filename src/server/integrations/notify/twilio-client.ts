import "server-only";
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import type { NotifyConfig } from "./config";

/**
 * The Twilio SDK has no base-URL option. This request client keeps every path and header the SDK builds and
 * only swaps the origin, so tests and the demo run the SDK's real code against the local fake.
 */
class OriginRewritingRequestClient extends twilio.RequestClient {
  constructor(private readonly origin: URL) {
    super({ timeout: 10_000 });
  }

  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const target = new URL(opts.uri);
    target.protocol = this.origin.protocol;
    target.host = this.origin.host;
    return super.request({ ...opts, uri: target.toString() });
  }
}

export function twilioClient(config: NotifyConfig): twilio.Twilio {
  const httpClient = config.TWILIO_API_BASE_URL
    ? new OriginRewritingRequestClient(new URL(config.TWILIO_API_BASE_URL))
    : new twilio.RequestClient({ timeout: 10_000 });
  // The outbox decides about retries; the SDK's own 429 retry would hide attempts from it.
  return twilio(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, { httpClient, autoRetry: false });
}
