import { createHash, randomBytes, randomUUID } from "node:crypto";

export type FakeChannel = "email" | "sms";

export interface StoredMessage {
  id: string;
  channel: FakeChannel;
  to: string;
  from: string;
  subject: string | null;
  text: string;
  createdAt: string;
  /** The provider-side status, as the status callbacks report it. */
  status: string;
  /** Twilio only: where to send status callbacks and the auth token that signs them. */
  statusCallback: string | null;
  authToken: string | null;
}

/** `lost-reply`: the message is accepted and kept, but the answer never reaches the caller (a dropped connection). */
export type FailureMode = "transient" | "permanent" | "lost-reply";

/** Every message the fake accepted, the sends it was told to fail, and Resend's idempotency keys. */
export class MessageStore {
  private readonly messages: StoredMessage[] = [];
  private readonly failures: Record<FakeChannel, { count: number; mode: FailureMode }> = {
    email: { count: 0, mode: "transient" },
    sms: { count: 0, mode: "transient" },
  };
  private readonly idempotency = new Map<string, { bodyHash: string; id: string }>();
  /** Requests that reached the provider API, failed or not: tests count retries with it. */
  readonly attempts: Record<FakeChannel, number> = { email: 0, sms: 0 };

  add(message: Omit<StoredMessage, "id" | "createdAt" | "status">): StoredMessage {
    const id = message.channel === "email" ? randomUUID() : `SM${randomBytes(16).toString("hex")}`;
    const stored: StoredMessage = {
      ...message,
      id,
      createdAt: new Date().toISOString(),
      status: message.channel === "email" ? "sent" : "queued",
    };
    this.messages.push(stored);
    return stored;
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  list(to?: string): StoredMessage[] {
    return this.messages.filter((m) => to === undefined || m.to === to);
  }

  clear(): void {
    this.messages.length = 0;
    this.idempotency.clear();
    this.attempts.email = 0;
    this.attempts.sms = 0;
    this.failures.email.count = 0;
    this.failures.sms.count = 0;
  }

  failNext(channel: FakeChannel, count: number, mode: FailureMode): void {
    this.failures[channel] = { count, mode };
  }

  /** Counts the attempt; returns how it must fail, or null when it goes through. */
  takeFailure(channel: FakeChannel): FailureMode | null {
    this.attempts[channel] += 1;
    const f = this.failures[channel];
    if (f.count <= 0) return null;
    f.count -= 1;
    return f.mode;
  }

  /** Resend's idempotency: the same key and body give the first e-mail back; another body is a conflict. */
  idempotent(key: string, body: string): { kind: "new" } | { kind: "replay"; id: string } | { kind: "conflict" } {
    const seen = this.idempotency.get(key);
    if (!seen) return { kind: "new" };
    return seen.bodyHash === hash(body) ? { kind: "replay", id: seen.id } : { kind: "conflict" };
  }

  remember(key: string, body: string, id: string): void {
    this.idempotency.set(key, { bodyHash: hash(body), id });
  }
}

const hash = (text: string): string => createHash("sha256").update(text).digest("hex");
