/**
 * The container side of dabba's udp forwards, run by node inside the
 * container's network namespace (`nsenter -U -n`). Each frame from dabba
 * (stdin) is a datagram of one host client for one forwarded port: it is sent
 * to 127.0.0.1:PORT from a socket of that client's own, and what comes back
 * on that socket is framed back to dabba (stdout), which sends it to the
 * client. Ends when dabba closes stdin.
 *
 * argv[2]: the container ports, in the order of the frames' port index.
 */
import { createSocket, type Socket } from 'node:dgram';
import { encodeUdpFrame, UDP_FLOW_IDLE_MS, UdpFrameReader } from './udp-frames.js';

const targets = (process.argv[2] ?? '').split(',').map(Number);
const flows = new Map<string, { socket: Socket; timer: NodeJS.Timeout }>();
const reader = new UdpFrameReader();

function flowFor(port: number, client: number): Socket | undefined {
  const key = `${port}/${client}`;
  const known = flows.get(key);
  if (known) {
    known.timer.refresh();
    return known.socket;
  }
  const target = targets[port];
  if (target === undefined) return undefined;
  const socket = createSocket('udp4');
  socket.on('message', (payload, from) => {
    // Only the service's replies: the socket's port is reachable by anything in the container.
    if (from.port === target && from.address === '127.0.0.1') process.stdout.write(encodeUdpFrame({ port, client, payload }));
  });
  // An ICMP "port unreachable" (nothing listening yet) surfaces as an error: the client retries, as over a network.
  socket.on('error', () => undefined);
  const timer = setTimeout(() => {
    flows.delete(key);
    socket.close();
  }, UDP_FLOW_IDLE_MS);
  timer.unref();
  flows.set(key, { socket, timer });
  return socket;
}

process.stdin.on('data', (chunk: Buffer) => {
  for (const f of reader.push(chunk)) {
    flowFor(f.port, f.client)?.send(f.payload, targets[f.port], '127.0.0.1');
  }
});
process.stdin.on('end', () => process.exit(0));
process.stdout.on('error', () => process.exit(0));
