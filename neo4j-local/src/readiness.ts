/**
 * Before and after the spawn: is the Bolt port free, and does a Bolt server answer on it yet.
 * Proven with a raw Bolt handshake over a socket, so this package never needs the driver (the
 * graph gateway stays its only importer).
 */
import net from 'node:net';
import { LocalNeo4jError } from './errors.ts';

export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new LocalNeo4jError(`port ${port} is in use — stop the other Neo4j or set NEO4J_BOLT_PORT`)
          : new LocalNeo4jError(
              `cannot listen on 127.0.0.1:${port} (${e.code ?? e.message}) — set NEO4J_BOLT_PORT`,
            ),
      );
    });
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve()));
  });
}

/**
 * Bolt handshake without the driver: magic 0x6060B017 and four version proposals (5.8 down to
 * 5.0, 4.4 down to 4.2, 3, none); a Bolt server answers with 4 bytes, non-zero for the version it
 * picked. Resolves true only when that answer arrives.
 */
export function boltHandshake(port: number, host = '127.0.0.1', timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let answer = Buffer.alloc(0);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
    socket.once('connect', () => {
      socket.write(
        Buffer.from([
          0x60,
          0x60,
          0xb0,
          0x17, //
          0x00,
          0x08,
          0x08,
          0x05, // 5.8 .. 5.0
          0x00,
          0x02,
          0x04,
          0x04, // 4.4 .. 4.2
          0x00,
          0x00,
          0x00,
          0x03, // 3
          0x00,
          0x00,
          0x00,
          0x00, // none
        ]),
      );
    });
    socket.on('data', (d: Buffer) => {
      answer = Buffer.concat([answer, d]);
      if (answer.length >= 4) done(answer.readUInt32BE(0) !== 0);
    });
  });
}
