import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    // Secrets never reach the log, even if a future line logs a whole config or request.
    redact: ['NEO4J_PASSWORD', 'WRITE_TOKEN', 'req.headers.authorization', '*.password'],
  });
}
