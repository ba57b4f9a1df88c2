import type { Agency } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { isValidTimezone } from './isValidTimezone.ts';

const FILE = 'agency.txt';

/** agency.txt as read: the agencies and a lookup from agency_id ('' for a lone agency without id). */
export interface AgencyTable {
  agencies: Agency[];
  index: Map<string, number>;
}

/**
 * Reads agency.txt. agency_id is required when there is more than one agency; time zones must be
 * IANA names. Agencies in different zones are a warning (GTFS asks for one zone, the corridor feeds
 * deliberately have two): each trip then counts time in its own agency's zone.
 */
export function readAgencies(csv: CsvReader | null, issues: IssueCollector): AgencyTable {
  const agencies: Agency[] = [];
  const index = new Map<string, number>();
  if (!csv) return { agencies, index };
  const [cId, cName, cUrl, cTz, cLang] = [
    'agency_id',
    'agency_name',
    'agency_url',
    'agency_timezone',
    'agency_lang',
  ].map((c) => csv.column(c));
  const lines: number[] = [];
  while (csv.next()) {
    const line = csv.line;
    const id = csv.str(cId);
    if (index.has(id)) {
      issues.error('DuplicateIDError', FILE, line, 'agency_id', `agency_id '${id}' is already used`, id);
      continue;
    }
    const agency: Agency = { id, name: csv.str(cName), url: csv.str(cUrl), timezone: csv.str(cTz) };
    const lang = csv.str(cLang);
    if (lang) agency.lang = lang;
    if (!agency.name)
      issues.error('RequiredFieldError', FILE, line, 'agency_name', 'agency_name is empty', id);
    if (!agency.url) issues.error('RequiredFieldError', FILE, line, 'agency_url', 'agency_url is empty', id);
    if (!agency.timezone)
      issues.error('RequiredFieldError', FILE, line, 'agency_timezone', 'agency_timezone is empty', id);
    else if (!isValidTimezone(agency.timezone))
      issues.error(
        'InvalidTimezoneError',
        FILE,
        line,
        'agency_timezone',
        `'${agency.timezone}' is not an IANA time zone`,
        id,
      );
    index.set(id, agencies.length);
    agencies.push(agency);
    lines.push(line);
  }
  if (agencies.length === 0) issues.error('FileRequiredError', FILE, 0, '', 'agency.txt has no agency');
  if (agencies.length > 1)
    agencies.forEach((a, i) => {
      if (!a.id)
        issues.error(
          'ConditionallyRequiredFieldError',
          FILE,
          lines[i],
          'agency_id',
          'agency_id is required when a feed has several agencies',
        );
      if (i > 0 && a.timezone !== agencies[0].timezone)
        issues.warning(
          'InconsistentTimezoneError',
          FILE,
          lines[i],
          'agency_timezone',
          `agency ${a.id} is in ${a.timezone}, agency ${agencies[0].id} in ${agencies[0].timezone}: each agency's trips count time in its own zone`,
          a.id,
        );
    });
  return { agencies, index };
}
