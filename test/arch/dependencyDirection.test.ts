import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Architecture test (after OpenTripPlanner's RaptorArchitectureTest): the dependency direction of
 * ../shared/STYLE.md, checked on every import statement of every source file.
 */
const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

/** Every module specifier a file imports (static, dynamic, re-export), resolved to a repo path when relative. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = new Set<string>();
  const re =
    /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) specs.add(m[1] ?? m[2] ?? m[3]);
  return [...specs].map((s) => (s.startsWith('.') ? relative(root, resolve(dirname(file), s)) : s));
}

const rules: { from: string; forbidden: RegExp[]; why: string }[] = [
  {
    from: 'server/timetable',
    forbidden: [
      /^node:/,
      /^(fs|path|os|child_process|worker_threads|http|https|url|zlib|stream)$/,
      /^express/,
      /^server\/(?!timetable\/)/,
      /^client\//,
    ],
    why: 'the ground floor stands on nothing of ours: model, calendar, service-day times, translations',
  },
  {
    from: 'server/engine',
    forbidden: [
      /^node:/,
      /^(fs|path|os|child_process|worker_threads|http|https|url|zlib|stream)$/,
      /^express/,
      /^server\/(?!engine\/|timetable\/)/,
      /^client\//,
    ],
    why: 'the engine is pure: it stands on server/timetable, reads no files and knows no HTTP (STYLE.md)',
  },
  {
    from: 'server/gtfs',
    forbidden: [
      /^express/,
      /^server\/(api|compare|engine|network|feeds|search)\b/,
      /^server\/main/,
      /^client\//,
    ],
    why: 'gtfs -> timetable only',
  },
  {
    from: 'server/network',
    forbidden: [
      /^express/,
      /^server\/(api|compare|gtfs|engine|feeds|search)\b/,
      /^server\/main/,
      /^client\//,
    ],
    why: 'network -> timetable only',
  },
  {
    from: 'server/search',
    forbidden: [/^express/, /^server\/(?!search\/|timetable\/)/, /^client\//],
    why: 'search -> timetable only',
  },
  {
    from: 'server/compare',
    forbidden: [/^express/, /^server\/(api|feeds|gtfs)\b/, /^server\/main/, /^client\//],
    why: 'compare uses the engine, never express or the served feeds',
  },
  {
    from: 'server/feeds',
    forbidden: [/^express/, /^server\/api\/(?!contract\/)/, /^server\/main/, /^client\//],
    why: 'feeds prepare what the API serves, never the API itself',
  },
  {
    from: 'client',
    forbidden: [/^server\/(?!api\/contract)/, /^express/, /^node:/],
    why: 'the client imports only the API contract types',
  },
];

/** Every file under `dir` (repo-relative); an empty or missing folder fails the test instead of passing it. */
function expectedSources(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) throw new Error(`${dir} is missing: the architecture test checks it (renamed?)`);
  const files = sourceFiles(abs);
  if (files.length === 0) throw new Error(`${dir} holds no source files: the architecture test checks it`);
  return files;
}

describe('dependency direction', () => {
  for (const rule of rules) {
    it(`${rule.from} imports nothing it must not (${rule.why})`, () => {
      const files = expectedSources(rule.from);
      const violations: string[] = [];
      for (const f of files) {
        for (const spec of importsOf(f)) {
          if (rule.forbidden.some((r) => r.test(spec)))
            violations.push(`${relative(root, f)} imports ${spec}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('nothing imports server/api (its contract types aside) or server/main.ts except main.ts, cli.ts', () => {
    const violations: string[] = [];
    for (const f of sourceFiles(join(root, 'server'))) {
      const rel = relative(root, f);
      if (rel.startsWith('server/api/') || rel === 'server/main.ts' || rel === 'server/cli.ts') continue;
      for (const spec of importsOf(f))
        if (/^server\/(api\/(?!contract\/)|main)/.test(spec)) violations.push(`${rel} imports ${spec}`);
    }
    expect(violations).toEqual([]);
  });

  it('outside the engine, only server/engine/index.ts is imported (its one public door)', () => {
    const violations: string[] = [];
    for (const dir of ['server', 'scripts', 'test', 'client']) {
      for (const f of expectedSources(dir)) {
        const rel = relative(root, f);
        // The engine's own unit tests look inside it, as OpenTripPlanner's RAPTOR module tests do.
        if (rel.startsWith('server/engine/') || rel.startsWith('test/engine/')) continue;
        for (const spec of importsOf(f))
          if (/^server\/engine\//.test(spec) && spec !== 'server/engine/index.ts')
            violations.push(`${rel} imports ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('a folder it checks that is missing or empty fails, not passes', () => {
    expect(() => expectedSources('server/no-such-folder')).toThrow(/missing/);
  });

  it('the checker itself sees a wrong-way import', () => {
    // Guard against a regex that silently matches nothing: parse a known line.
    const probe = join(root, 'test/arch/fixtures/wrongWay.ts.txt');
    expect(importsOf(probe)).toEqual(['node:fs', 'server/gtfs/loadFeed']);
    expect(rules[0].forbidden.some((r) => r.test('node:fs'))).toBe(true);
    expect(rules[0].forbidden.some((r) => r.test('server/gtfs/loadFeed'))).toBe(true);
  });
});
