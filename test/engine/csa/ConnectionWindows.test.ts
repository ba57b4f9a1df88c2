import { describe, expect, it } from 'vitest';
import { buildConnectionIndex } from '../../../server/engine/csa/ConnectionIndex.ts';
import { type ClockWindow, ConnectionWindows } from '../../../server/engine/csa/ConnectionWindows.ts';
import { CONN_FIELDS as F, RunningConnections } from '../../../server/engine/csa/RunningConnections.ts';
import { buildRaptorData } from '../../../server/engine/raptor/buildRaptorData.ts';
import { type DayClock, makeDayClock } from '../../../server/engine/time/DayClock.ts';
import { servicesOn } from '../../../server/timetable/servicesOn.ts';
import { dayNumber } from '../../../server/timetable/time/dayNumber.ts';
import { noonMinus12h } from '../../../server/timetable/time/noonMinus12h.ts';
import { buildTimetable } from '../util/buildTimetable.ts';

// Two agency zones (Berlin goes to summer time on 2026-03-29, Moscow does not), a train running
// into its third day, and a weekday-only service.
const tt = buildTimetable({
  agencies: [
    { id: 'RZD', zone: 'Europe/Moscow' },
    { id: 'DB', zone: 'Europe/Berlin' },
  ],
  stops: ['A', 'B', 'C', 'D'],
  services: { wk: { from: '2026-01-01', to: '2026-12-31', weekdays: '1111100' } },
  trips: [
    { id: 'LONG', agency: 'RZD', times: 'A 22:00, B 30:00, C 47:30, D 50:00' },
    { id: 'N1', agency: 'RZD', times: 'A 05:00, B 06:00, C 06:00' },
    { id: 'D1', agency: 'DB', service: 'wk', times: 'B 01:00, C 02:30, D 03:00' },
    { id: 'D2', agency: 'DB', times: 'C 23:30, D 24:10' },
  ],
});
const data = buildRaptorData(tt);
const cx = buildConnectionIndex(data.forward);
const G = cx.tripCount;

/** A forward clock as Router builds one: 12 days around the query day. */
function clockOf(date: string): DayClock {
  const qd = dayNumber(date);
  return makeDayClock(tt.services, data.zones.length, qd - 5, 12, qd * 86_400, false, (z, d) =>
    noonMinus12h(data.zones[z], d),
  );
}

/** Each connection as `departure from trip-instance arrival to`, absolute search times. */
function fromWindows(windows: ClockWindow[]): string[] {
  const out: string[] = [];
  for (const w of windows)
    for (let c = w.first; c < w.last; c++) {
      const x = c * F;
      const d = w.list.data;
      out.push(`${d[x] + w.start} ${d[x + 1]} ${w.day * G + d[x + 2]} ${d[x + 3] + w.start} ${d[x + 4]}`);
    }
  return out;
}

/** The same, straight from the connection index: every connection of every clock day whose service runs. */
function expected(clock: DayClock, from: number, to: number): string[] {
  const out: { t: number; s: string }[] = [];
  const zones = clock.offsets.length / clock.dayCount;
  for (let e = 0; e < clock.dayCount; e++) {
    const running = new Set(servicesOn(tt.services, clock.dayOf[e]));
    for (let c = 0; c < cx.count; c++) {
      if (!running.has(cx.service[c])) continue;
      const off = clock.offsets[(cx.zone[c] % zones) * clock.dayCount + e];
      const t = cx.dep[c] + off;
      if (t >= from && t < to)
        out.push({
          t,
          s: `${t} ${cx.flags[c] & 1 ? cx.from[c] : cx.stopCount} ${e * G + cx.trip[c]} ${cx.arr[c] + off} ${cx.flags[c] & 2 ? cx.to[c] : cx.stopCount}`,
        });
    }
  }
  return out.sort((a, b) => a.t - b.t).map((o) => o.s);
}

describe('ConnectionWindows', () => {
  it.each(['2026-03-28', '2026-03-29', '2026-04-01', '2026-04-04'])(
    'holds every running connection of the clock once, in departure order (%s)',
    (date) => {
      const windows = new ConnectionWindows(new RunningConnections(cx, tt.services, data.zones.length));
      const clock = clockOf(date);
      const from = 3 * 3600;
      const to = from + 3 * 86_400;
      const got = windows.cover(clock, from, to, Number.POSITIVE_INFINITY);
      const lines = fromWindows(got.windows!);
      expect(got.total).toBe(lines.length);
      const times = lines.map((l) => Number(l.split(' ')[0]));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect([...lines].sort()).toEqual([...expected(clock, from, to)].sort());
      // Each trip instance's hops in travel order: one leaves where the one before arrived.
      const lastTo = new Map<string, number>();
      for (const l of lines) {
        const [, from, trip, , to] = l.split(' ').map(Number);
        // ("No stop" where boarding or alighting is not allowed.)
        const previous = lastTo.get(String(trip));
        if (previous !== undefined && previous !== cx.stopCount && from !== cx.stopCount)
          expect(from).toBe(previous);
        lastTo.set(String(trip), to);
      }
      expect(lines.length).toBeGreaterThan(20);
    },
  );

  it('counts a range too long for the scan without building its windows, as it counts them built', () => {
    const windows = new ConnectionWindows(new RunningConnections(cx, tt.services, data.zones.length));
    const clock = clockOf('2026-04-01');
    const tooMany = windows.cover(clock, 0, 2 * 86_400, 3);
    expect(tooMany.windows).toBeNull();
    const built = windows.cover(clock, 0, 2 * 86_400, Number.POSITIVE_INFINITY);
    expect(built.total).toBe(tooMany.total);
    expect(built.total).toBe(fromWindows(built.windows!).length);
    // Now from the built windows, cut at both ends.
    const cut = windows.cover(clock, 3600, 86_400 + 7200, Number.POSITIVE_INFINITY);
    expect(fromWindows(cut.windows!).sort()).toEqual(expected(clock, 3600, 86_400 + 7200).sort());
  });

  it('serves dates with the same services and offsets from the same windows', () => {
    const windows = new ConnectionWindows(new RunningConnections(cx, tt.services, data.zones.length));
    // Two Wednesdays a week apart, both in summer time: the same lists, object for object.
    const a = windows.cover(clockOf('2026-04-01'), 0, 86_400, Number.POSITIVE_INFINITY).windows!;
    const b = windows.cover(clockOf('2026-04-08'), 0, 86_400, Number.POSITIVE_INFINITY).windows!;
    expect(b.map((w) => w.list)).toEqual(a.map((w) => w.list));
    for (let i = 0; i < a.length; i++) expect(b[i].list).toBe(a[i].list);
    // A Saturday runs other services (no D1): other lists.
    const sat = windows.cover(clockOf('2026-04-04'), 0, 86_400, Number.POSITIVE_INFINITY).windows!;
    expect(sat.some((w, i) => w.list !== a[i]?.list)).toBe(true);
  });

  it('stays right when the cache starts afresh (a budget smaller than one day)', () => {
    const windows = new ConnectionWindows(new RunningConnections(cx, tt.services, data.zones.length), 40);
    for (const date of ['2026-04-01', '2026-04-04', '2026-04-01', '2026-03-29', '2026-04-01']) {
      const clock = clockOf(date);
      const got = windows.cover(clock, 0, 2 * 86_400, Number.POSITIVE_INFINITY);
      expect(fromWindows(got.windows!).sort()).toEqual(expected(clock, 0, 2 * 86_400).sort());
    }
  });
});
