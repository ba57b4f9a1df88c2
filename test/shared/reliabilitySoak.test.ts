import { describe, expect, it } from 'vitest';
import { soak } from '../../scripts/soak.ts';

/**
 * 100,000 requests of the corridor mix against the real server process (after 5,000 to warm up):
 * none fails and the server's memory, read after a full GC, stays flat. A few minutes; figures in
 * RELIABILITY.md.
 */
describe('soak', () => {
  it('serves 100,000 requests without a failure and without memory growth', async () => {
    const r = await soak(100_000, 5_000, 10);
    console.log(
      `soak: ${r.requests} requests, ${r.perSecond}/s, after GC: RSS MiB ${r.points.map((p) => p.rssMiB).join(' → ')}; heap MiB ${r.points.map((p) => p.heapMiB).join(' → ')}; failed ${r.failed}`,
    );
    expect(r.requests).toBeGreaterThanOrEqual(100_000);
    expect(r.failed).toBe(0);
    // Flat, read after a full GC each time: a leak of 100 bytes a request would add ~9.5 MiB of heap.
    expect(r.heapGrowthMiB).toBeLessThan(8);
    // RSS after GC still moves by 100-300 MiB with what V8 and malloc hand back: a leak shows as the
    // second half's peak above the first half's.
    const rss = r.points.map((p) => p.rssMiB);
    const mid = Math.ceil(rss.length / 2);
    expect(Math.max(...rss.slice(mid)) - Math.max(...rss.slice(0, mid))).toBeLessThan(64);
  }, 900_000);
});
