/**
 * Compose's random host ports (`"80"`, `"127.0.0.1::80"`): a port published
 * as 0 gets a free port of the host each time its container starts, as docker
 * picks one. The kernel picks it: a socket of the port's protocol is bound to
 * port 0 on its address, every one at once so that no two get the same, and
 * closed just before the network helper binds that port.
 */
import { createSocket } from 'node:dgram';
import { createServer, type AddressInfo } from 'node:net';
import type { PortMapping } from '../config/model.js';
import { SandboxError } from './errors.js';

interface Bound { port: number; close(): Promise<void> }

function bindTcp(hostIp: string): Promise<Bound> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: hostIp, exclusive: true }, () =>
      resolve({ port: (server.address() as AddressInfo).port, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}

function bindUdp(hostIp: string): Promise<Bound> {
  const socket = createSocket(hostIp.includes(':') ? 'udp6' : 'udp4');
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, hostIp, () => resolve({ port: socket.address().port, close: () => new Promise<void>((done) => socket.close(() => done())) }));
  });
}

/** `ports` with every published 0 replaced by a free host port. Rejects with SandboxError naming the service when an address cannot be bound. */
export async function pickHostPorts(service: string, ports: readonly PortMapping[]): Promise<PortMapping[]> {
  const bound: Bound[] = [];
  try {
    const out: PortMapping[] = [];
    for (const p of ports) {
      if (p.published !== 0) {
        out.push(p);
        continue;
      }
      try {
        const b = await (p.protocol === 'tcp' ? bindTcp(p.hostIp) : bindUdp(p.hostIp));
        bound.push(b);
        out.push({ ...p, published: b.port });
      } catch (err) {
        throw new SandboxError(`service "${service}": cannot publish port ${p.target}/${p.protocol} on a free port of ${p.hostIp}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
          hint: 'publish it on an address of this host (e.g. 127.0.0.1), or give it a host port',
        });
      }
    }
    return out;
  } finally {
    await Promise.all(bound.map((b) => b.close()));
  }
}
