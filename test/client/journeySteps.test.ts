import { describe, expect, it } from 'vitest';
import { type JourneyStep, journeySteps } from '../../client/format/journeySteps.ts';
import { changeJourney, directJourney, leg6191 } from './fixtures/journeys.ts';

/** A step as one readable line, so a journey reads like a timetable. */
function line(s: JourneyStep): string {
  switch (s.kind) {
    case 'board':
      return `board ${s.stop.id} ${s.time.slice(11, 16)}`;
    case 'stops':
      return `stops ${s.stops.map((x) => x.stop.id).join(',')}`;
    case 'border':
      return `border ${s.crossing.fromCountry}>${s.crossing.toCountry} ${s.after?.id}|${s.before?.id}`;
    case 'alight':
      return `alight ${s.stop.id} ${s.time.slice(11, 16)}`;
    case 'change':
      return `change ${s.stop.id} ${s.seconds / 60}min`;
    case 'stayOn':
      return `stay on ${s.stop.id} ${s.seconds / 60}min`;
    case 'walk':
      return `walk ${s.seconds}s`;
  }
}

describe('journeySteps', () => {
  it('puts the border crossing after the last stop before the border', () => {
    expect(journeySteps(changeJourney).map(line)).toEqual([
      'board smolensk 08:25',
      'stops gusino,krasnoye',
      'border RU>BY krasnoye|osinovka',
      'alight osinovka 10:34',
      'change osinovka 16min',
      'board osinovka 10:50',
      'alight orsha 11:35',
    ]);
  });

  it('splits intermediate stops around the crossing', () => {
    expect(journeySteps(directJourney).map(line)).toEqual([
      'board smolensk 07:00',
      'stops rudnya',
      'border RU>BY rudnya|zaolsha',
      'stops zaolsha',
      'alight vitebsk 10:02',
    ]);
  });

  it('puts a crossing right after boarding when the train boards at the last stop before it', () => {
    const leg = {
      ...leg6191,
      from: { stop: leg6191.stops[2].stop, departure: '2024-08-01T10:06:00+03:00', platform: null },
      stops: leg6191.stops.slice(2),
    };
    const steps = journeySteps({ ...changeJourney, legs: [leg], transfers: 0 }).map(line);
    expect(steps).toEqual([
      'board krasnoye 10:06',
      'border RU>BY krasnoye|osinovka',
      'alight osinovka 10:34',
    ]);
  });

  it('shows walks between legs and no change step around them', () => {
    const [a, b] = changeJourney.legs;
    const walk = {
      type: 'walk' as const,
      role: 'transfer' as const,
      distance: 150,
      from: { stop: a.to.stop, departure: a.to.arrival },
      to: { stop: b.from.stop, arrival: '2024-08-01T10:40:00+03:00' },
      duration: 360,
      geometry: { type: 'LineString' as const, coordinates: [] },
    };
    const steps = journeySteps({ ...changeJourney, legs: [a, walk, b] }).map(line);
    expect(steps).toContain('walk 360s');
    expect(steps.some((s) => s.startsWith('change'))).toBe(false);
  });

  it('says "stay on the train" where the same vehicle goes on (block_id), not a change', () => {
    const [first, second] = changeJourney.legs;
    const stayOn = { ...changeJourney, legs: [first, { ...second, stayOn: true }] } as typeof changeJourney;
    const lines = journeySteps(stayOn).map(line);
    expect(lines).toContain('stay on osinovka 16min');
    expect(lines.some((l) => l.startsWith('change'))).toBe(false);
  });
});
