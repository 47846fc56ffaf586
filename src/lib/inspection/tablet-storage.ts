import { TABLET_KEY_PREFIX } from "./forget-tablet-data";
import { parseOutbox, type OutboxEntry } from "./outbox";

// What the tablet keeps between visits to places without signal, in the browser's local storage under the
// inspector's own id (another inspector signing in on the same tablet sees nothing of it): the last visit
// packet, the outbox, each visit form as it is being typed, and the answers recorded at each door. Local storage rather than IndexedDB: it is
// synchronous, so a write is done before the next line runs, and a week's packet is a few tens of kilobytes.

const prefix = (userId: string) => `${TABLET_KEY_PREFIX}${userId}:`;

function read(key: string): unknown {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

/** False when the device refused the write (full, or private mode): the caller must say the copy is missing. */
function write(key: string, value: unknown): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function tabletStorage(userId: string) {
  const p = prefix(userId);
  return {
    readPacket: (): unknown => read(`${p}packet`),
    writePacket: (packet: unknown) => write(`${p}packet`, packet),

    readOutbox(): OutboxEntry[] {
      const { entries, unreadable } = parseOutbox(read(`${p}outbox`));
      // An entry this version cannot read (written by an older one) is set aside, never dropped.
      if (unreadable.length > 0) {
        const kept = read(`${p}outbox-unreadable`);
        write(`${p}outbox-unreadable`, [...(Array.isArray(kept) ? kept : []), ...unreadable]);
        write(`${p}outbox`, entries);
      }
      return entries;
    },
    writeOutbox: (entries: OutboxEntry[]) => write(`${p}outbox`, entries),

    /** The answers this tablet recorded for a visit, kept after they were sent so the done view can show them. */
    readRecorded: (inspectionId: string): unknown => read(`${p}recorded:${inspectionId}`),
    writeRecorded: (inspectionId: string, result: unknown) => write(`${p}recorded:${inspectionId}`, result),

    readForm: (inspectionId: string): unknown => read(`${p}form:${inspectionId}`),
    writeForm: (inspectionId: string, form: unknown) => write(`${p}form:${inspectionId}`, form),
    forgetForm(inspectionId: string) {
      try {
        window.localStorage.removeItem(`${p}form:${inspectionId}`);
      } catch {
        // nothing to forget
      }
    },
  };
}

export type TabletStorage = ReturnType<typeof tabletStorage>;
