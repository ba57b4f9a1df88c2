import { readdirSync, readFileSync, statSync } from 'node:fs';
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
    from: 'server/engine',
    forbidden: [
      /^node:/,
      /^(fs|path|os|child_process|worker_threads|http|https|url|zlib|stream)$/,
      /^express/,
      /^server\/(gtfs|api|network|compare)\b/,
      /^server\/main/,
      /^client\//,
    ],
    why: 'the engine is pure: it reads no files and knows no HTTP (STYLE.md)',
  },
  {
    from: 'server/gtfs',
    forbidden: [/^express/, /^server\/(api|compare)\b/, /^server\/main/, /^client\//],
    why: 'gtfs -> engine/model only',
  },
  {
    from: 'server/network',
    forbidden: [/^express/, /^server\/(api|compare|gtfs)\b/, /^server\/main/, /^client\//],
    why: 'network -> engine/model only',
  },
  {
    from: 'server/compare',
    forbidden: [/^express/, /^server\/api\b/, /^server\/main/, /^client\//],
    why: 'compare uses the engine, never express',
  },
  {
    from: 'client',
    forbidden: [/^server\/(?!api\/contract)/, /^express/, /^node:/],
    why: 'the client imports only the API contract types',
  },
];

describe('dependency direction', () => {
  for (const rule of rules) {
    it(`${rule.from} imports nothing it must not (${rule.why})`, () => {
      const dir = join(root, rule.from);
      let files: string[] = [];
      try {
        files = sourceFiles(dir);
      } catch {
        files = [];
      }
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

  it('the checker itself sees a wrong-way import', () => {
    // Guard against a regex that silently matches nothing: parse a known line.
    const probe = join(root, 'test/arch/fixtures/wrongWay.ts.txt');
    expect(importsOf(probe)).toEqual(['node:fs', 'server/gtfs/loadFeed']);
    expect(rules[0].forbidden.some((r) => r.test('node:fs'))).toBe(true);
    expect(rules[0].forbidden.some((r) => r.test('server/gtfs/loadFeed'))).toBe(true);
  });
});
