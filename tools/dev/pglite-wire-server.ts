import { createServer, type Server, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

// PGlite is ONE PostgreSQL session: one unnamed prepared statement, one unnamed portal, one transaction. Many
// client connections share it, so each must have it to itself from its first message until PostgreSQL says the
// session is idle again (ReadyForQuery with status I: after a Sync or a simple Query, outside a transaction).
// @electric-sql/pglite-socket 0.2 queues single messages instead and keeps a connection's turn only inside an
// explicit transaction, so the Parse of one connection's extended-protocol query lands between another's Parse
// and Bind: "bind message supplies 4 parameters, but prepared statement requires 1". This server queues whole
// turns: a connection waits for the session, then keeps it until the ReadyForQuery-idle that ends its turn.

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const SYNC = Uint8Array.of(0x53, 0, 0, 0, 4);
const ROLLBACK = simpleQuery("ROLLBACK");

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`);
  const message = Buffer.alloc(5 + text.length);
  message[0] = 0x51; // 'Q'
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/** First come, first served: the session goes to one connection at a time, in the order they asked. */
class SessionTurns {
  private busy = false;
  private readonly waiting: (() => void)[] = [];

  async take(): Promise<void> {
    if (!this.busy) {
      this.busy = true;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.busy = false;
  }
}

/** The last bytes PGlite answered, enough to see whether they end with ReadyForQuery and its status. */
class AnswerTail {
  private tail = Buffer.alloc(0);

  push(chunk: Uint8Array): void {
    this.tail = Buffer.concat([this.tail, chunk]).subarray(-6);
  }

  endsIdle(): boolean {
    return (
      this.tail.length === 6 &&
      this.tail[0] === READY_FOR_QUERY &&
      this.tail.readInt32BE(1) === 5 &&
      this.tail[5] === IDLE
    );
  }
}

class ClientConnection {
  private buffer = Buffer.alloc(0);
  private started = false;
  private pumping = false;
  private closed = false;
  private holdsSession = false;

  constructor(
    private readonly socket: Socket,
    private readonly db: PGlite,
    private readonly turns: SessionTurns,
    private readonly onGone: () => void,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (data) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      void this.pump();
    });
    socket.on("error", () => socket.destroy());
    socket.on("close", () => {
      this.closed = true;
      void this.pump();
    });
  }

  /** Handles the complete messages buffered so far, one at a time; a single pump runs per connection. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (let message = this.nextMessage(); message && !this.closed; message = this.nextMessage()) {
        await this.handle(message);
      }
    } catch {
      // PGlite failed beneath the protocol (it answers SQL errors as messages): this connection cannot go on.
      this.socket.destroy();
      this.closed = true;
    } finally {
      this.pumping = false;
    }
    if (this.closed) await this.leave();
  }

  private nextMessage(): Buffer | undefined {
    // Before startup the messages have no type byte: length, then a code.
    const headerLength = this.started ? 5 : 8;
    if (this.buffer.length < headerLength) return undefined;
    const length = this.started ? 1 + this.buffer.readInt32BE(1) : this.buffer.readInt32BE(0);
    if (this.buffer.length < length) return undefined;
    const message = this.buffer.subarray(0, length);
    this.buffer = this.buffer.subarray(length);
    return message;
  }

  private async handle(message: Buffer): Promise<void> {
    if (!this.started) {
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        this.socket.write("N");
        return;
      }
      if (code === CANCEL_REQUEST) {
        // PGlite has no backend to interrupt; the protocol expects no answer, only the connection's end.
        this.socket.end();
        return;
      }
      if (code !== PROTOCOL_3) throw new Error(`unsupported startup code ${code}`);
      this.started = true;
    } else if (message[0] === TERMINATE) {
      this.socket.end();
      this.closed = true;
      return;
    }

    if (!this.holdsSession) {
      await this.turns.take();
      this.holdsSession = true;
    }
    const tail = new AnswerTail();
    await this.db.execProtocolRawStream(new Uint8Array(message), {
      onRawData: (chunk) => {
        tail.push(chunk);
        if (!this.socket.destroyed) this.socket.write(chunk);
      },
    });
    if (tail.endsIdle()) this.releaseSession();
  }

  /**
   * A connection that goes away during its turn (mid-query or inside a transaction) leaves the session as the
   * next one must not find it: a Sync ends any half-sent extended query, a ROLLBACK any open transaction.
   */
  private async leave(): Promise<void> {
    if (this.holdsSession) {
      try {
        const tail = new AnswerTail();
        await this.db.execProtocolRawStream(SYNC, { onRawData: (chunk) => tail.push(chunk) });
        if (!tail.endsIdle()) await this.db.execProtocolRawStream(ROLLBACK, { onRawData: () => undefined });
      } finally {
        this.releaseSession();
      }
    }
    this.onGone();
  }

  private releaseSession(): void {
    this.holdsSession = false;
    this.turns.give();
  }

  end(): void {
    this.socket.destroy();
  }
}

export interface PgliteWireServer {
  port: number;
  stop: () => Promise<void>;
}

/** Serves `db` over the PostgreSQL wire protocol on host:port (port 0 picks a free one). */
export async function serveOverWire(db: PGlite, opts: { host: string; port: number }): Promise<PgliteWireServer> {
  await db.waitReady;
  const turns = new SessionTurns();
  const connections = new Set<ClientConnection>();
  const server: Server = createServer((socket) => {
    const connection: ClientConnection = new ClientConnection(socket, db, turns, () => connections.delete(connection));
    connections.add(connection);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the PGlite server has no TCP address");
  return {
    port: address.port,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of connections) connection.end();
      await closed;
    },
  };
}
