import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../server/gtfs/IssueCollector.ts';

describe('IssueCollector', () => {
  it('keeps at most 200 issues of one code per file and says how many it left out', () => {
    const issues = new IssueCollector();
    for (let i = 0; i < 250; i++)
      issues.error('InvalidReferenceError', 'stop_times.txt', i + 2, 'stop_id', 'x');
    issues.error('InvalidReferenceError', 'trips.txt', 2, 'route_id', 'y');
    issues.warning('UnusedRouteWarning', 'routes.txt', 3, 'route_id', 'z', 'R');
    const report = issues.toReport();
    expect(report.ok).toBe(false);
    expect(issues.errorCount).toBe(251);
    expect(report.errors).toHaveLength(202);
    expect(report.errors[201]).toMatchObject({
      file: 'stop_times.txt',
      line: 0,
      message: '50 more InvalidReferenceError issue(s) in stop_times.txt not listed',
    });
    expect(report.warnings).toEqual([
      {
        severity: 'warning',
        code: 'UnusedRouteWarning',
        file: 'routes.txt',
        line: 3,
        field: 'route_id',
        entityId: 'R',
        message: 'z',
      },
    ]);
    expect('entityId' in report.errors[0]).toBe(false);
  });

  it('reports ok with warnings only', () => {
    const issues = new IssueCollector();
    issues.warning('MissingShapesWarning', 'trips.txt', 2, 'shape_id', 'w');
    expect(issues.toReport().ok).toBe(true);
  });
});
