import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { corridor2026, testApp } from '../api/util/testApp.ts';
import { writeTinyFeed } from '../api/util/writeTinyFeed.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/corridor.js');

/** Runs the CLI as a user would; resolves with stdout, stderr and the exit code. */
async function corridor(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const plan = [
  'plan',
  '--feed',
  corridor2026,
  '--from',
  'smolensk',
  '--to',
  'orsha',
  '--date',
  '2026-04-10',
  '--time',
  '05:00',
];

describe('corridor plan', { timeout: 30_000 }, () => {
  it('repeated --feed routes over the union: a journey changes between the feeds (issue 18)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corridor-cli-net-'));
    try {
      const west = writeTinyFeed(
        join(dir, 'west'),
        'W',
        ['w1,Westend,52.0,13.0', 'x,Grenz,52.1,13.1'],
        ['TW: w1 08:00, x 08:30'],
      );
      const east = writeTinyFeed(
        join(dir, 'east'),
        'E',
        ['x_e,Grenz,52.1003,13.1', 'e1,Ostend,52.2,13.2'],
        ['TE: x_e 08:40, e1 09:00'],
      );
      const args = [
        'plan',
        '--feed',
        west,
        '--feed',
        east,
        '--from',
        'w1',
        '--to',
        'e1',
        '--date',
        '2026-03-10',
        '--time',
        '07:00',
      ];
      const r = await corridor(...args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/08:00 Westend +→ +08:30 Grenz .*W Rail \[feed west\]/);
      expect(r.stdout).toMatch(/08:40 Grenz +→ +09:00 Ostend .*E Rail \[feed east\]/);
      const json = await corridor(...args, '--json');
      const { app } = await testApp([west, east]);
      const api = await request(app).get(
        '/api/journeys?from=w1&to=e1&date=2026-03-10&time=07:00&feed=west,east',
      );
      expect(JSON.parse(json.stdout)).toEqual(api.body);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints a readable itinerary', async () => {
    const r = await corridor(...plan, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Journey 1: \d{2}:\d{2} → \d{2}:\d{2}/);
    expect(r.stdout).toContain('Smolensk-Tsentralny');
    expect(r.stdout).toMatch(/border RU → BY/);
  });

  it('--json prints exactly the API journeys response', async () => {
    const r = await corridor(...plan, '--json');
    expect(r.code).toBe(0);
    const { app } = await testApp([corridor2026]);
    const api = await request(app).get('/api/journeys?from=smolensk&to=orsha&date=2026-04-10&time=05:00');
    expect(JSON.parse(r.stdout)).toEqual(api.body);
  });

  it.each([
    [['--to', 'nowhere'], /Unknown stop.*nowhere/],
    [['--date', '2026-02-30'], /date/],
    [['--time', '25:00'], /time/],
  ])('bad input %o: one line on stderr, exit 2', async (override, message) => {
    const args = [...plan];
    args[args.indexOf(override[0]) + 1] = override[1];
    const r = await corridor(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('a feed with errors: exit 2 naming the first error', async () => {
    const r = await corridor(
      'plan',
      '--feed',
      join(root, 'test/fixtures/cli/broken-feed'),
      '--from',
      'a',
      '--to',
      'b',
      '--date',
      '2026-01-05',
      '--time',
      '08:00',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/validation error.*stop_times\.txt:\d+ stop_id/);
  });
});

describe('corridor validate', { timeout: 30_000 }, () => {
  it('prints the report and exits 0 for a good feed', async () => {
    const r = await corridor('validate', corridor2026);
    expect(r.code).toBe(0);
  });

  it('names file, line and field for a bad one and exits 1', async () => {
    const r = await corridor('validate', join(root, 'test/fixtures/cli/broken-feed'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/stop_times\.txt:3/);
    expect(r.stdout).toMatch(/stop_id/);
  });

  it('serves a feed whose errors are confined to rows (exit 0, rows left out), refuses it with --strict', async () => {
    const feed = join(root, 'test/fixtures/gtfs/dangling-stop-times');
    const r = await corridor('validate', feed);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/stop_times\.txt:5 stop_id: \[InvalidReferenceError\] .* \(row left out\)/);
    expect(r.stdout).toMatch(/LEFT OUT stop_times\.txt: 4 row\(s\) \[InvalidReferenceError\]/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      'LOADED WITH ERRORS: 5 error(s), 0 warning(s), 6 row(s) left out',
    );
    const strict = await corridor('validate', feed, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^REFUSED \(strict: the feed has 5 error\(s\)\)/m);
  });
});
