import { describe, expect, it } from 'vitest';
import { formatReport } from '../../server/gtfs/formatReport.ts';

describe('formatReport', () => {
  it('prints one issue per line, errors first, and a summary', () => {
    const text = formatReport({
      ok: false,
      errors: [
        {
          severity: 'error',
          code: 'InvalidReferenceError',
          file: 'stop_times.txt',
          line: 12,
          field: 'stop_id',
          message: "stop_id 'X' is not in stops.txt",
        },
        {
          severity: 'error',
          code: 'FileRequiredError',
          file: 'routes.txt',
          line: 0,
          field: '',
          message: 'required file routes.txt is missing',
        },
      ],
      warnings: [
        {
          severity: 'warning',
          code: 'UnusedRouteWarning',
          file: 'routes.txt',
          line: 3,
          field: 'route_id',
          message: "route 'R' has no trips",
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      "ERROR stop_times.txt:12 stop_id: [InvalidReferenceError] stop_id 'X' is not in stops.txt",
      'ERROR routes.txt: [FileRequiredError] required file routes.txt is missing',
      "WARNING routes.txt:3 route_id: [UnusedRouteWarning] route 'R' has no trips",
      'INVALID: 2 error(s), 1 warning(s)',
    ]);
  });
});
