import { checkReference } from './checkReference.ts';
import type { FeedIds, OpenCsv } from './FeedIds.ts';
import type { IssueCollector } from './IssueCollector.ts';

/**
 * Checks GTFS-Fares v1 (fare_attributes.txt, fare_rules.txt) for duplicate ids and keys and dangling
 * references (zones via stops.txt zone_id: InvalidFarezoneError). Fares are not part of the Timetable.
 */
export async function checkFaresV1(open: OpenCsv, ids: FeedIds, issues: IssueCollector): Promise<void> {
  const fares = new Set<string>();
  const attributes = await open('fare_attributes.txt', ['fare_id']);
  if (attributes) {
    const F = 'fare_attributes.txt';
    const cId = attributes.column('fare_id');
    const cAgency = attributes.column('agency_id');
    while (attributes.next()) {
      const line = attributes.line;
      const id = attributes.str(cId);
      if (fares.has(id))
        issues.error('DuplicateIDError', F, line, 'fare_id', `fare_id '${id}' is already used`, id);
      fares.add(id);
      const agency = attributes.str(cAgency);
      if (!agency && ids.agencyCount > 1)
        issues.error(
          'ConditionallyRequiredFieldError',
          F,
          line,
          'agency_id',
          'agency_id is required when a feed has several agencies',
          id,
        );
      checkReference(issues, F, line, 'agency_id', agency, ids.agencies);
    }
  }
  const rules = await open('fare_rules.txt', ['fare_id']);
  if (rules) {
    const F = 'fare_rules.txt';
    const fields = ['fare_id', 'route_id', 'origin_id', 'destination_id', 'contains_id'];
    const cols = fields.map((f) => rules.column(f));
    const seen = new Set<string>();
    while (rules.next()) {
      const line = rules.line;
      const v = cols.map((c) => rules.str(c));
      checkReference(issues, F, line, 'fare_id', v[0], fares);
      checkReference(issues, F, line, 'route_id', v[1], ids.routes);
      for (let k = 2; k < 5; k++)
        checkReference(issues, F, line, fields[k], v[k], ids.zones, 'InvalidFarezoneError');
      const key = v.join('\u0000');
      if (seen.has(key))
        issues.error('DuplicateKeyError', F, line, '', 'this fare rule is given twice', v[0]);
      seen.add(key);
    }
  }
}
