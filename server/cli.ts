import { parseArgs } from 'node:util';
import { ApiError } from './api/ApiError.ts';
import { journeysQuery } from './api/contract/index.ts';
import { parseQuery } from './api/parseQuery.ts';
import { planJourneys } from './api/planJourneys.ts';
import { formatItinerary } from './cli/formatItinerary.ts';
import { buildNetwork } from './feeds/buildNetwork.ts';
import type { LoadedFeed } from './feeds/LoadedFeed.ts';
import { loadServedFeed } from './feeds/loadServedFeed.ts';
import { readStopLinks } from './feeds/readStopLinks.ts';
import { formatReport } from './gtfs/formatReport.ts';
import { GridError } from './gtfs/grid/GridError.ts';
import { importGrid } from './gtfs/grid/importGrid.ts';
import { loadFeed } from './gtfs/loadFeed.ts';
import { naturalEarthLocator } from './network/naturalEarth.ts';
import type { StopLink } from './timetable/merge/mergeStops.ts';

const USAGE = `Usage:
  corridor plan --feed <zip|folder> [--feed <zip|folder>...] --from <stop_id> --to <stop_id> --date YYYY-MM-DD --time HH:MM
                [--arrive-by] [--window MIN] [--max-transfers N] [--min-transfer MIN] [--lang en|ru|be] [--json]
                [--strict]     (refuse a feed with any validation error instead of leaving its bad rows out)
                [--links <links.csv>]  (several --feed: one network; stops listed there are one station)
  corridor validate <zip|folder> [--strict] [--json]
  corridor import-grid <grid.csv>... --stations <stations.csv> --out <feed dir> --start YYYY-MM-DD --end YYYY-MM-DD
                [--agencies <agency.csv>] [--agency-name NAME] [--agency-url URL] [--timezone ZONE]`;

/** A one-line error on stderr and exit code 2 (bad input: unknown stop, bad date, feed with errors). */
class UsageError extends Error {}

async function plan(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      feed: { type: 'string', multiple: true },
      links: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      date: { type: 'string' },
      time: { type: 'string' },
      'arrive-by': { type: 'boolean', default: false },
      window: { type: 'string' },
      'max-transfers': { type: 'string' },
      'min-transfer': { type: 'string' },
      lang: { type: 'string' },
      count: { type: 'string' },
      json: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const paths = [...new Set(values.feed ?? [])];
  if (paths.length === 0) throw new UsageError('--feed is required');
  // The same schema as GET /api/journeys, so the CLI and the API accept and refuse the same input.
  const query = parseQuery(journeysQuery, {
    from: values.from,
    to: values.to,
    date: values.date,
    time: values.time,
    arriveBy: String(values['arrive-by']),
    ...(values.window !== undefined && { window: values.window }),
    ...(values['max-transfers'] !== undefined && { maxTransfers: values['max-transfers'] }),
    ...(values['min-transfer'] !== undefined && { minTransfer: values['min-transfer'] }),
    ...(values.lang !== undefined && { lang: values.lang }),
    ...(values.count !== undefined && { count: values.count }),
  });
  const locator = naturalEarthLocator();
  const feeds: LoadedFeed[] = [];
  for (const path of paths) {
    const loaded = await loadServedFeed(path, locator, { strict: values.strict });
    if (!loaded.feed) {
      const first = loaded.report.errors[0];
      throw new UsageError(
        `feed ${path} is refused (${loaded.report.refused}): ${loaded.report.errors.length} validation error(s)${first ? `, first: ${first.file}:${first.line} ${first.field} ${first.message}` : ''}`,
      );
    }
    feeds.push(loaded.feed);
  }
  if (new Set(feeds.map((f) => f.id)).size < feeds.length)
    throw new UsageError('two --feed paths have the same name; a feed is named by its file or folder name');
  // Several feeds: routed over as one network, as the server's feed=a,b.
  let links: StopLink[];
  try {
    links = readStopLinks(values.links);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const feed =
    feeds.length === 1 ? feeds[0] : buildNetwork(feeds.map((f) => f.id).join(','), feeds, links, locator);
  const response = planJourneys(feed, query, locator);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
  } else process.stdout.write(formatItinerary(response));
}

async function validate(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('validate takes one feed path');
  const { report } = await loadFeed(positionals[0], { strict: values.strict });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  // 0: served (maybe without some rows: see the report), 1: refused (with --strict: any error).
  return report.refused ? 1 : 0;
}

/** Timetable grids (the printed form) -> a GTFS feed folder, then validated like `validate`. */
async function importGridCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      stations: { type: 'string' },
      out: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      agencies: { type: 'string' },
      'agency-name': { type: 'string' },
      'agency-url': { type: 'string' },
      timezone: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('import-grid takes at least one grid CSV');
  if (!values.stations || !values.out || !values.start || !values.end)
    throw new UsageError('import-grid needs --stations, --out, --start and --end');
  try {
    await importGrid(
      { grids: positionals, stations: values.stations, agencies: values.agencies, out: values.out },
      {
        start: values.start,
        end: values.end,
        agencyName: values['agency-name'],
        agencyUrl: values['agency-url'],
        timezone: values.timezone,
      },
    );
  } catch (e) {
    if (e instanceof GridError) throw new UsageError(e.message);
    throw e;
  }
  const { report } = await loadFeed(values.out);
  process.stdout.write(`${values.out}: ${formatReport(report)}\n`);
  // A grid we wrote must be clean: any error is a failure here.
  return report.ok ? 0 : 1;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  try {
    if (command === 'plan') {
      await plan(rest);
      return 0;
    }
    if (command === 'validate') return await validate(rest);
    if (command === 'import-grid') return await importGridCommand(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      console.log(USAGE);
      return 0;
    }
    throw new UsageError(command ? `unknown command: ${command}` : 'a command is required (plan, validate)');
  } catch (err) {
    if (
      err instanceof UsageError ||
      err instanceof ApiError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`corridor: ${(err as Error).message}`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main();
