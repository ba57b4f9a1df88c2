import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFeed } from '../../server/gtfs/loadFeed.ts';
import { memorySource } from '../../server/gtfs/memorySource.ts';
import { sharedPath } from '../util/sharedData.ts';

/**
 * The best-practice overlays of transitland-lib's validator layers that this loader checks: each
 * must load (warnings only) and warn on the named row. Codes follow the overlay where it names a
 * specific one; `ShortFrequencyWindowWarning` stands for its generic `ValidationWarning`.
 */
const root = sharedPath('gtfs-invalid');
const readFolder = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

const CASES: [overlay: string, code: string, file: string, line: number, field: string][] = [
  ['agency-inconsistent-timezone', 'InconsistentTimezoneError', 'agency.txt', 3, 'agency_timezone'],
  ['calendar-no-scheduled-service', 'NoScheduledServiceError', 'calendar.txt', 3, 'service_id'],
  ['frequencies-overlap', 'FrequencyOverlapError', 'frequencies.txt', 4, 'start_time'],
  ['frequency-duration', 'ShortFrequencyWindowWarning', 'frequencies.txt', 3, 'end_time'],
  ['frequency-duration', 'ShortFrequencyWindowWarning', 'frequencies.txt', 5, 'end_time'],
  ['stop-zero-coordinates', 'ZeroCoordinateError', 'stops.txt', 6, 'stop_lat'],
  ['shape-zero-coordinates', 'ZeroCoordinateError', 'shapes.txt', 4, 'shape_pt_lon'],
];

describe('gtfs-invalid best practices (warnings)', () => {
  it.each(CASES)('%s warns %s on %s:%i', async (overlay, code, file, line, field) => {
    const files = { ...readFolder(join(root, 'base')), ...readFolder(join(root, 'best-practices', overlay)) };
    const { report } = await loadFeed(memorySource(files, overlay));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code, file, line, field }));
  });
});
