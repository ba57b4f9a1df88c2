/** p50/p95/p99 (and count) of durations in milliseconds, nearest-rank method. */
export function percentiles(samples: number[]): { n: number; p50: number; p95: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99) };
}
