import { describe, expect, it } from 'vitest';
import { buildTimetable } from '../util/buildTimetable.ts';
import { plan } from '../util/plan.ts';

/**
 * Trains that run a few days a week: the first train must leave within 24 h of the query time, but a
 * connection may be days later (here the onward train runs on Mondays only). The answer for its number
 * of transfers leaves within the 24 h, as late as still makes its arrival; the later way with as few
 * trains (Monday's own train) is offered as its own journey; a page adds the next departures (of them,
 * only what no later one beats) to the answer.
 */
const tt = buildTimetable({
  stops: ['A', 'B', 'C'],
  services: { mon: { from: '2026-01-01', to: '2026-12-31', weekdays: '1000000' } },
  trips: [
    { id: 'DAILY', times: 'A 08:00, B 09:00' },
    { id: 'MONDAY', service: 'mon', times: 'B 10:00, C 20:00' },
  ],
});

describe('A15 connections days later', () => {
  it("finds Monday's connection from Wednesday and reports the latest departure that makes it", () => {
    expect(plan(tt, { from: 'A', to: 'C', date: '2026-04-01', time: '07:00' })).toEqual([
      '08:00 A –DAILY→ 09:00 B | 10:00+5d B –MONDAY→ 20:00+5d C',
      '08:00+5d A –DAILY→ 09:00+5d B | 10:00+5d B –MONDAY→ 20:00+5d C',
    ]);
  });

  it('a page keeps the answer, adds the next departure, and offers Monday’s train', () => {
    expect(plan(tt, { from: 'A', to: 'C', date: '2026-04-01', time: '07:00', count: 3 })).toEqual([
      '08:00 A –DAILY→ 09:00 B | 10:00+5d B –MONDAY→ 20:00+5d C',
      '08:00+1d A –DAILY→ 09:00+1d B | 10:00+5d B –MONDAY→ 20:00+5d C',
      '08:00+5d A –DAILY→ 09:00+5d B | 10:00+5d B –MONDAY→ 20:00+5d C',
    ]);
  });
});
