/**
 * The frames dabba and its udp relay (udp-relay-main.ts) exchange over the
 * relay's stdin and stdout (pure): one datagram each, with the forwarded
 * port's index and the host client it belongs to.
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
