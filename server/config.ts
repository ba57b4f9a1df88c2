import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** Express `trust proxy`: false, a number of proxy hops, or addresses/CIDRs/names of trusted proxies. */
  trustProxy: TrustProxy;
  /** Milliseconds a client has to send its request headers (Node `headersTimeout`). */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send its whole request, body included (Node `requestTimeout`). */
  requestTimeoutMs: number;
  /** Milliseconds an idle keep-alive connection is kept open. */
  keepAliveTimeoutMs: number;
  /** Most simultaneous TCP connections; more are closed on arrival (Node `server.maxConnections`). */
  maxConnections: number;
  /** Worker threads answering journeys and heavy requests; 0: everything on the main thread. */
  workers: number;
  /** Log as JSON lines, or human-readable (pino-pretty); `auto`: pretty when stdout is a terminal. */
  logFormat: 'json' | 'pretty' | 'auto';
  /** Start from and write the binary timetable cache in this folder (CORRIDOR_CACHE). */
  cacheDir?: string;
  /**
   * Refuse a feed on any validation error (CORRIDOR_STRICT=1 or --strict), at start, reload and upload
   * (an upload may ask for it with ?strict=true on its own). Default: serve it without the bad rows.
   */
  strict: boolean;
  /**
   * Networks served by name (CORRIDOR_NETWORKS=`name=a+b,other=c+d`, or `--network name=a+b`
   * repeatable): name -> member feed ids. A request's `feed=name` routes over the members as one.
   */
  networks: Map<string, string[]>;
  /** The operator's links file (CORRIDOR_LINKS, default `data/links.csv`; missing: no links). */
  linksFile: string;
}

const ID = /^[\w.-]{1,100}$/;

/**
 * Parses network definitions: `name=a+b` items, comma-separated. Throws naming the bad item: a name
 * or member that is not a feed id, fewer than two members, a name given twice.
 */
export function parseNetworks(items: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([^=]+)=(.+)$/.exec(item);
    const members = m ? [...new Set(m[2].split('+').map((s) => s.trim()))] : [];
    if (!m || !ID.test(m[1]) || members.length < 2 || members.some((x) => !ID.test(x)))
      throw new Error(
        `Invalid configuration CORRIDOR_NETWORKS: ${item} (expected name=feed+feed[+feed...], ids of letters, digits, . _ -)`,
      );
    if (out.has(m[1])) throw new Error(`Invalid configuration CORRIDOR_NETWORKS: ${m[1]} is defined twice`);
    out.set(m[1], members);
  }
  return out;
}

/** The `trust proxy` setting: no proxy, a hop count, or the trusted proxies' addresses and subnets. */
export type TrustProxy = false | number | string[];

/**
 * TRUST_PROXY: `false`/`0`/empty (default: clients connect directly), a hop count (`1`: one proxy in
 * front, such as HAProxy), or a comma-separated list of addresses, CIDRs and express's names
 * (`loopback`, `linklocal`, `uniquelocal`). `true` (trust every hop) is refused: any client could then
 * choose its own address with X-Forwarded-For and so its rate-limit bucket.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const v = (raw ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (/^\d+$/.test(v)) return Number(v);
  if (v === 'true')
    throw new Error(
      "Invalid configuration TRUST_PROXY: `true` trusts any client; give a hop count or the proxies' addresses",
    );
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const ok = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;
  const bad = list.find((s) => !ok.test(s));
  if (bad)
    throw new Error(
      `Invalid configuration TRUST_PROXY: ${bad} is not an address, a CIDR or loopback/linklocal/uniquelocal`,
    );
  return list;
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
  TRUST_PROXY: z.string().optional(),
  HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  MAX_CONNECTIONS: z.coerce.number().int().min(1).default(4096),
  WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  LOG_FORMAT: z.enum(['json', 'pretty', 'auto']).default('auto'),
  CORRIDOR_CACHE: z.string().optional(),
  CORRIDOR_STRICT: z.enum(['0', '1', 'true', 'false', '']).optional(),
  CORRIDOR_NETWORKS: z.string().optional(),
  CORRIDOR_LINKS: z.string().min(1).optional(),
});

/**
 * The repository (or installed package) root: the nearest folder above the module at `moduleUrl` that
 * holds a package.json. The same from server/main.ts (sources) and dist/server/main.js (compiled).
 */
export function packageRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(moduleUrl)}`);
    dir = up;
  }
  return dir;
}

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
 * Parses env and argv (`--feed <path>` and `--network name=a+b` repeatable, `--port`, `--host`,
 * `--strict`). Throws an Error whose message
 * names the bad variable; main.ts prints it and exits 2.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv,
  argv: string[],
  repoRoot: string,
  cores = availableParallelism(),
): Config {
  const { values } = parseArgs({
    args: argv,
    options: {
      feed: { type: 'string', multiple: true },
      port: { type: 'string' },
      host: { type: 'string' },
      strict: { type: 'boolean' },
      network: { type: 'string', multiple: true },
    },
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
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: Math.max(e.REQUEST_TIMEOUT_MS, e.HEADERS_TIMEOUT_MS),
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: e.MAX_CONNECTIONS,
    // One per core: the main thread mostly waits on them (parsing, presenting small answers).
    workers: e.WORKERS ?? cores,
    logFormat: e.LOG_FORMAT,
    // CORRIDOR_CACHE=1: `.cache/` of the repository; any other value: that folder.
    cacheDir:
      !e.CORRIDOR_CACHE || e.CORRIDOR_CACHE === '0'
        ? undefined
        : e.CORRIDOR_CACHE === '1'
          ? join(repoRoot, '.cache')
          : resolve(e.CORRIDOR_CACHE),
    strict: values.strict === true || e.CORRIDOR_STRICT === '1' || e.CORRIDOR_STRICT === 'true',
    networks: parseNetworks(
      values.network?.length ? values.network : e.CORRIDOR_NETWORKS ? [e.CORRIDOR_NETWORKS] : [],
    ),
    linksFile: resolve(e.CORRIDOR_LINKS ?? join(repoRoot, 'data', 'links.csv')),
  };
}
