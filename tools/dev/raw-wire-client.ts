import { connect, type Socket } from "node:net";

// A PostgreSQL client that sends single protocol messages when told, for tests that must place one connection's
// messages between another's (a driver sends a whole Parse…Sync batch at once).

function frame(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const cstring = (s: string) => Buffer.from(`${s}\0`);
const int16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

export interface BackendMessage {
  type: string;
  body: Buffer;
}

export class RawWireClient {
  private buffer = Buffer.alloc(0);
  private readonly received: BackendMessage[] = [];
  private wake: (() => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on("data", (data) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      while (this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1)) {
        const length = 1 + this.buffer.readInt32BE(1);
        this.received.push({ type: String.fromCharCode(this.buffer[0] ?? 0), body: this.buffer.subarray(5, length) });
        this.buffer = this.buffer.subarray(length);
      }
      this.wake?.();
    });
  }

  static async open(port: number): Promise<RawWireClient> {
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    const client = new RawWireClient(socket);
    const params = Buffer.concat([
      cstring("user"),
      cstring("postgres"),
      cstring("database"),
      cstring("postgres"),
      Buffer.from([0]),
    ]);
    socket.write(Buffer.concat([int32(params.length + 8), int32(196608), params]));
    const auth = await client.until("R", "Z");
    if (auth.type === "R" && auth.body.readInt32BE(0) !== 0) {
      socket.write(frame("p", cstring("postgres")));
      await client.until("Z");
    } else if (auth.type === "R") {
      await client.until("Z");
    }
    return client;
  }

  /** Waits for the next message of one of `types`, dropping those before it; an ErrorResponse rejects. */
  async until(...types: string[]): Promise<BackendMessage> {
    for (;;) {
      const message = this.received.shift();
      if (message) {
        if (types.includes(message.type)) return message;
        if (message.type === "E") throw new Error(errorText(message.body));
        continue;
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  parse(sql: string): void {
    this.socket.write(frame("P", Buffer.concat([cstring(""), cstring(sql), int16(0)])));
  }

  flush(): void {
    this.socket.write(frame("H", Buffer.alloc(0)));
  }

  bindExecuteSync(params: string[]): void {
    const values = params.map((p) => Buffer.concat([int32(Buffer.byteLength(p)), Buffer.from(p)]));
    this.socket.write(
      frame("B", Buffer.concat([cstring(""), cstring(""), int16(0), int16(params.length), ...values, int16(0)])),
    );
    this.socket.write(frame("E", Buffer.concat([cstring(""), int32(0)])));
    this.socket.write(frame("S", Buffer.alloc(0)));
  }

  close(): void {
    this.socket.end(frame("X", Buffer.alloc(0)));
  }
}

/** The M (message) field of an ErrorResponse. */
function errorText(body: Buffer): string {
  for (let at = 0; at < body.length && body[at] !== 0;) {
    const end = body.indexOf(0, at + 1);
    if (body[at] === 0x4d) return body.toString("utf8", at + 1, end);
    at = end + 1;
  }
  return "error";
}

/** The text of the first column of a DataRow. */
export function firstColumn(row: BackendMessage): string {
  const length = row.body.readInt32BE(2);
  return row.body.toString("utf8", 6, 6 + length);
}
