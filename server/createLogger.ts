import { createRequire } from 'node:module';
import { type Logger, pino } from 'pino';

/**
 * The process logger: JSON lines (for a log collector) or, in a terminal, human-readable lines
 * through pino-pretty when it is installed (`format: 'auto'`); `pretty` forces it, `json` never.
 */
export function createLogger(level: string, format: 'json' | 'pretty' | 'auto', isTty: boolean): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && isTty);
  if (pretty && canResolve('pino-pretty'))
    return pino({
      level,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l' } },
    });
  return pino({ level });
}

function canResolve(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}
