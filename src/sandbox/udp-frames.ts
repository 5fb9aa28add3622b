/**
 * The frames dabba and its udp relay (udp-relay-main.ts) exchange over the
 * relay's stdin and stdout (pure): one datagram each, with the forwarded
 * port's index and the host client it belongs to; and the table of those
 * clients, which both sides keep only while a client is active.
 *
 *   u32 length of what follows | u16 port index | u32 client id | payload
 */

const HEADER = 10;

export interface UdpFrame {
  port: number;
  client: number;
  payload: Buffer;
}

export function encodeUdpFrame(frame: UdpFrame): Buffer {
  const head = Buffer.alloc(HEADER);
  head.writeUInt32BE(HEADER - 4 + frame.payload.length, 0);
  head.writeUInt16BE(frame.port, 4);
  head.writeUInt32BE(frame.client, 6);
  return Buffer.concat([head, frame.payload]);
}

/** Cuts a byte stream into frames, whatever the chunk boundaries. */
export class UdpFrameReader {
  private pending: Buffer = Buffer.alloc(0);

  /** The frames completed by `chunk`, in order. */
  push(chunk: Buffer): UdpFrame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: UdpFrame[] = [];
    let at = 0;
    while (this.pending.length - at >= HEADER) {
      const end = at + 4 + this.pending.readUInt32BE(at);
      if (this.pending.length < end) break;
      frames.push({ port: this.pending.readUInt16BE(at + 4), client: this.pending.readUInt32BE(at + 6), payload: this.pending.subarray(at + HEADER, end) });
      at = end;
    }
    this.pending = this.pending.subarray(at);
    return frames;
  }
}

/** A client silent this long is forgotten on both sides (as a NAT forgets a udp flow). */
export const UDP_FLOW_IDLE_MS = 120_000;

/**
 * The host clients of the forwarded ports, by id. Ids are never reused, so a
 * late reply for a forgotten client goes nowhere rather than to another one.
 */
export class UdpClientTable<Address> {
  private readonly byKey = new Map<string, number>();
  private readonly byId = new Map<number, { key: string; address: Address; seen: number }>();
  private next = 1;

  /** The id of the client `key` (new if unknown), marked active at `now`. */
  idFor(key: string, address: Address, now: number): number {
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.next++;
      this.byKey.set(key, id);
      this.byId.set(id, { key, address, seen: now });
    } else {
      this.byId.get(id)!.seen = now;
    }
    return id;
  }

  address(id: number): Address | undefined {
    return this.byId.get(id)?.address;
  }

  /** Forgets the clients silent for `UDP_FLOW_IDLE_MS` or more. */
  sweep(now: number): void {
    for (const [id, c] of this.byId) {
      if (now - c.seen < UDP_FLOW_IDLE_MS) continue;
      this.byId.delete(id);
      this.byKey.delete(c.key);
    }
  }

  get size(): number {
    return this.byId.size;
  }
}
