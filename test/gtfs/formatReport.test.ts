import { describe, expect, it } from 'vitest';
import { formatReport } from '../../server/gtfs/formatReport.ts';

describe('formatReport', () => {
  it('prints one issue per line, errors first, the rows left out and a verdict', () => {
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
          dropped: 'row',
        },
        {
          severity: 'error',
          code: 'FileRequiredError',
          file: 'routes.txt',
          line: 0,
          field: '',
          message: 'required file routes.txt is missing',
          dropped: 'file',
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
      dropped: [{ file: 'stop_times.txt', code: 'InvalidReferenceError', rows: 1 }],
      refused: 'no usable trips',
    });
    expect(text.split('\n')).toEqual([
      "ERROR stop_times.txt:12 stop_id: [InvalidReferenceError] stop_id 'X' is not in stops.txt (row left out)",
      'ERROR routes.txt: [FileRequiredError] required file routes.txt is missing (file left out)',
      "WARNING routes.txt:3 route_id: [UnusedRouteWarning] route 'R' has no trips",
      'LEFT OUT stop_times.txt: 1 row(s) [InvalidReferenceError]',
      'REFUSED (no usable trips): 2 error(s), 1 warning(s)',
    ]);
  });
});

describe('formatReport verdicts', () => {
  const base = { ok: true, errors: [], warnings: [], dropped: [], refused: null };
  it('says OK without errors, LOADED WITH ERRORS when rows were left out', () => {
    expect(formatReport(base)).toBe('OK: 0 error(s), 0 warning(s)');
    const error = {
      severity: 'error' as const,
      code: 'InvalidReferenceError',
      file: 'stop_times.txt',
      line: 5,
      field: 'stop_id',
      message: 'm',
      dropped: 'row' as const,
    };
    const text = formatReport({
      ...base,
      ok: false,
      errors: [error],
      dropped: [{ file: 'stop_times.txt', code: 'InvalidReferenceError', rows: 1 }],
    });
    expect(text.split('\n').at(-1)).toBe('LOADED WITH ERRORS: 1 error(s), 0 warning(s), 1 row(s) left out');
  });
});
