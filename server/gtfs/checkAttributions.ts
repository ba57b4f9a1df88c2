import { checkReference } from './checkReference.ts';
import type { FeedIds, OpenCsv } from './FeedIds.ts';
import type { IssueCollector } from './IssueCollector.ts';

/** Checks attributions.txt: agency_id, route_id and trip_id must exist; attribution_id unique. */
export async function checkAttributions(open: OpenCsv, ids: FeedIds, issues: IssueCollector): Promise<void> {
  const csv = await open('attributions.txt', ['organization_name']);
  if (!csv) return;
  const F = 'attributions.txt';
  const [cId, cAgency, cRoute, cTrip] = ['attribution_id', 'agency_id', 'route_id', 'trip_id'].map((c) =>
    csv.column(c),
  );
  const seen = new Set<string>();
  while (csv.next()) {
    const line = csv.line;
    const id = csv.str(cId);
    if (id && seen.has(id))
      issues.error(
        'DuplicateIDError',
        F,
        line,
        'attribution_id',
        `attribution_id '${id}' is already used`,
        id,
      );
    seen.add(id);
    checkReference(issues, F, line, 'agency_id', csv.str(cAgency), ids.agencies);
    checkReference(issues, F, line, 'route_id', csv.str(cRoute), ids.routes);
    checkReference(issues, F, line, 'trip_id', csv.str(cTrip), ids.trips);
  }
}
