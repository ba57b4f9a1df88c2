import { describe, expect, it } from 'vitest';
import { cellLabel, comparisonMatrix, signedMinutes } from '../../client/planners/comparisonMatrix.ts';
import type { CompareResponse, PairStatsDto } from '../../server/api/contract/index.ts';

const stats = (fastest: number | null): PairStatsDto => ({
  journeys: fastest === null ? 0 : 2,
  directTrains: fastest === null ? 0 : 2,
  fastest,
  median: fastest,
  firstDeparture: null,
  lastDeparture: null,
  longestGap: null,
  fewestTransfers: fastest === null ? null : 0,
});

const doc: CompareResponse = {
  type: 'comparison',
  baseline: { feed: 'a', date: '2024-08-01' },
  scenario: { feed: 'b', date: '2026-04-10' },
  headline: null,
  stations: [
    { id: 's', name: 'S' },
    { id: 'o', name: 'O' },
  ],
  rows: [
    {
      type: 'comparisonRow',
      from: { id: 's', name: 'S' },
      to: { id: 'o', name: 'O' },
      baseline: stats(10_680),
      scenario: stats(9060),
      change: {
        journeys: 1,
        directTrains: 1,
        fastest: -1620,
        median: -1650,
        longestGap: null,
        fewestTransfers: -1,
      },
      status: 'faster',
    },
    {
      type: 'comparisonRow',
      from: { id: 'o', name: 'O' },
      to: { id: 's', name: 'S' },
      baseline: stats(null),
      scenario: stats(9000),
      change: {
        journeys: 2,
        directTrains: 2,
        fastest: null,
        median: null,
        longestGap: null,
        fewestTransfers: null,
      },
      status: 'new',
    },
  ],
};

describe('the Compare tab’s origin–destination matrix', () => {
  it('places rows by station and labels the change of the fastest time', () => {
    const m = comparisonMatrix(doc);
    expect(m.cells[0][0]).toBeNull();
    expect(m.cells[0][1]?.status).toBe('faster');
    expect(m.cells[0][1]?.label).toBe('−27');
    expect(m.cells[1][0]?.label).toBe('new');
    expect(m.cells[0][1]?.title).toContain('fastest 178 min → 151 min');
  });
  it('formats signed minutes with a real minus sign', () => {
    expect(signedMinutes(-1620)).toBe('−27');
    expect(signedMinutes(300)).toBe('+5');
    expect(signedMinutes(0)).toBe('0');
    expect(cellLabel({ ...doc.rows[0], status: 'same' })).toBe('=');
  });
});
