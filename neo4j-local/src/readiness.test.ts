import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { boltHandshake } from './readiness.ts';

describe('boltHandshake', () => {
  /** A fake server that answers the 20-byte handshake with `reply`. */
  async function withServer(reply: Buffer | null, fn: (port: number, seen: Buffer[]) => Promise<void>) {
    const seen: Buffer[] = [];
    const server = net.createServer((socket) => {
      let got = Buffer.alloc(0);
      socket.on('data', (d: Buffer) => {
        got = Buffer.concat([got, d]);
        if (got.length >= 20) {
          seen.push(got);
          if (reply) socket.write(reply);
          else socket.end();
        }
      });
      socket.on('error', () => {});
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await fn((server.address() as net.AddressInfo).port, seen);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  }

  it('sends the magic preamble and accepts a chosen version', async () => {
    await withServer(Buffer.from([0, 0, 8, 5]), async (port, seen) => {
      expect(await boltHandshake(port)).toBe(true);
      expect(seen[0]?.subarray(0, 4).toString('hex')).toBe('6060b017');
      expect(seen[0]?.subarray(4, 8).toString('hex')).toBe('00080805');
    });
  });

  it('refuses a zero answer, a closed connection and a closed port', async () => {
    await withServer(Buffer.from([0, 0, 0, 0]), async (port) => {
      expect(await boltHandshake(port)).toBe(false);
    });
    await withServer(null, async (port) => {
      expect(await boltHandshake(port)).toBe(false);
    });
    const free = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    expect(await boltHandshake(free)).toBe(false);
  });
});
