import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';

/** The server's configuration, parsed once from the environment and the command line. */
export interface Config {
  port: number;
  host: string;
  /** Feed paths (zip files or folders), in order; the first is the default feed. */
  feeds: string[];
  adminToken?: string;
  tileUrl: string;
  rateLimitPerMinute: number;
  logLevel: string;
  clientDir: string;
  /** Where POST /api/feeds stores uploaded feeds (`<id>.zip`); its zips are served too. */
  dataDir: string;
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  CORRIDOR_FEEDS: z.string().optional(),
  ADMIN_TOKEN: z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional(),
  TILE_URL: z
    .string()
    .url()
    .or(z.string().regex(/^https?:\/\/.*\{z\}.*$/))
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  RATE_LIMIT: z.coerce.number().int().min(0).default(1200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORRIDOR_DATA_DIR: z.string().min(1).optional(),
});

/** The folders in `data/feeds/` of the repository, sorted (the shipped corridor feeds). */
export function shippedFeeds(repoRoot: string): string[] {
  const dir = join(repoRoot, 'data', 'feeds');
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && (statSync(join(dir, n)).isDirectory() || n.endsWith('.zip')))
    .sort()
    .map((n) => join(dir, n));
}

/** The uploaded feeds: `*.zip` files in the data directory, sorted (none when it does not exist). */
export function uploadedFeeds(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.startsWith('.') && n.endsWith('.zip') && statSync(join(dataDir, n)).isFile())
    .sort()
    .map((n) => join(dataDir, n));
}

/**
 * Parses env and argv (`--feed <path>` repeatable, `--port`, `--host`). Throws an Error whose message
 * names the bad variable; main.ts prints it and exits 2.
 */
export function loadConfig(env: NodeJS.ProcessEnv, argv: string[], repoRoot: string): Config {
  const { values } = parseArgs({
    args: argv,
    options: { feed: { type: 'string', multiple: true }, port: { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const parsed = envSchema.safeParse({
    ...env,
    PORT: values.port ?? env.PORT,
    HOST: values.host ?? env.HOST,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const fromEnv = e.CORRIDOR_FEEDS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const feeds = (values.feed?.length ? values.feed : fromEnv?.length ? fromEnv : shippedFeeds(repoRoot)).map(
    (p) => resolve(p),
  );
  return {
    port: e.PORT,
    host: e.HOST,
    feeds,
    adminToken: e.ADMIN_TOKEN,
    tileUrl: e.TILE_URL,
    rateLimitPerMinute: e.RATE_LIMIT,
    logLevel: e.LOG_LEVEL,
    clientDir: join(repoRoot, 'dist', 'client'),
    dataDir: resolve(e.CORRIDOR_DATA_DIR ?? join(repoRoot, 'data', 'feeds')),
  };
}
