/**
 * udp port forwards, done by dabba itself: neither network helper answers a
 * client on the host's loopback. slirp4netns shows such clients to the
 * container as its gateway 10.0.2.2 and, under --disable-host-loopback (which
 * keeps containers off the host's loopback services), drops every datagram
 * sent there, replies included; pasta (2023-03) loses the reply when the
 * published port differs from the container's.
 *
 * dabba binds each published port on the host and passes the datagrams, as
 * frames over a pipe, to a relay (udp-relay-main.ts) that node runs inside
 * the container's network namespace; the relay sends them to 127.0.0.1:PORT
 * from one socket per client and frames the replies back. The container sees
 * its clients as 127.0.0.1, as slirp4netns shows TCP clients as 10.0.2.2.
 */
import type { ChildProcess } from 'node:child_process';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { PortMapping } from '../config/model.js';
import { keepTail, spawnHelper } from './helper-spawn.js';
import { portTakenError } from './errors.js';
import { readPortBinder } from './host.js';
import { encodeUdpFrame, UDP_FLOW_IDLE_MS, UdpClientTable, UdpFrameReader } from './udp-frames.js';

export interface UdpForward {
  readonly relay: ChildProcess;
  /** Closes the host ports and ends the relay. Idempotent. */
  close(): void;
}

const RELAY_MAIN = fileURLToPath(new URL('./udp-relay-main.js', import.meta.url));

/**
 * Binds every udp `ports` entry on the host (a taken port is a SandboxError
 * naming it, and nothing stays bound) and starts the relay in the network
 * namespace of the holder `holderPid`.
 */
export async function startUdpForward(service: string, holderPid: number, ports: readonly PortMapping[], nsenter: string, onNotice?: (text: string) => void): Promise<UdpForward> {
  const sockets: Socket[] = [];
  const closeSockets = (): void => {
    for (const s of sockets.splice(0)) s.close();
  };
  try {
    for (const p of ports) sockets.push(await bindHostPort(service, p));
  } catch (err) {
    closeSockets();
    throw err;
  }
  const args = ['-t', String(holderPid), '-U', '-n', '--', process.execPath, RELAY_MAIN, ports.map((p) => p.target).join(',')];
  const relay = spawnHelper(nsenter, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let closed = false;
  const tail = keepTail(relay.stderr);
  relay.on('exit', (code, signal) => {
    // Before the container ends: say so, or its udp ports would go silent unexplained.
    if (!closed) onNotice?.(`service "${service}": udp ports stopped forwarding: the relay exited (${signal ?? code})${tail().trim() ? `: ${tail().trim().split('\n').slice(-2).join('; ')}` : ''}`);
  });
  relay.stdin!.on('error', () => undefined);

  const clients = new UdpClientTable<RemoteInfo>();
  const sweeper = setInterval(() => clients.sweep(Date.now()), UDP_FLOW_IDLE_MS);
  sweeper.unref();
  sockets.forEach((socket, port) => {
    socket.on('message', (payload, from) => {
      const client = clients.idFor(`${from.address}/${from.port}`, from, Date.now());
      relay.stdin!.write(encodeUdpFrame({ port, client, payload }));
    });
  });
  const reader = new UdpFrameReader();
  relay.stdout!.on('data', (chunk: Buffer) => {
    for (const f of reader.push(chunk)) {
      const to = clients.address(f.client);
      if (to) sockets[f.port]?.send(f.payload, to.port, to.address);
    }
  });
  return {
    relay,
    close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      closeSockets();
      relay.stdin!.end();
      relay.kill('SIGKILL');
    },
  };
}

function bindHostPort(service: string, p: PortMapping): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIPv6(p.hostIp) ? 'udp6' : 'udp4');
    socket.once('error', (err) => {
      socket.close();
      reject(portTakenError(service, p, err.message, readPortBinder()));
    });
    socket.bind(p.published, p.hostIp, () => {
      socket.removeAllListeners('error');
      socket.on('error', () => undefined);
      resolve(socket);
    });
  });
}
