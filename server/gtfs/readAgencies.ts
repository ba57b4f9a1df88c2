import type { Agency } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { isValidTimezone } from './isValidTimezone.ts';

const FILE = 'agency.txt';

/** agency.txt as read: the agencies and a lookup from agency_id ('' for a lone agency without id). */
export interface AgencyTable {
  agencies: Agency[];
  index: Map<string, number>;
  /** agency_ids of rows left out for an error (routes naming them are left out too, silently). */
  dropped: Set<string>;
}

/**
 * Reads agency.txt. agency_id is required when there is more than one agency; time zones must be
 * IANA names. An agency without a usable time zone (or a repeated or missing id) is left out, and
 * with it its routes; an empty name or URL is only reported. Agencies in different zones are a
 * warning (GTFS asks for one zone, the corridor feeds deliberately have two): each trip then counts
 * time in its own agency's zone.
 */
export function readAgencies(csv: CsvReader | null, issues: IssueCollector): AgencyTable {
  const rows: { agency: Agency; line: number }[] = [];
  const dropped = new Set<string>();
  if (!csv) return { agencies: [], index: new Map(), dropped };
  const [cId, cName, cUrl, cTz, cLang] = [
    'agency_id',
    'agency_name',
    'agency_url',
    'agency_timezone',
    'agency_lang',
  ].map((c) => csv.column(c));
  const seen = new Set<string>();
  let read = 0;
  let distinct = 0;
  while (csv.next()) {
    read++;
    const line = csv.line;
    const id = csv.str(cId);
    if (seen.has(id)) {
      issues.error('DuplicateIDError', FILE, line, 'agency_id', `agency_id '${id}' is already used`, id);
      issues.dropRows(FILE, 'DuplicateIDError');
      continue;
    }
    seen.add(id);
    distinct++;
    const agency: Agency = { id, name: csv.str(cName), url: csv.str(cUrl), timezone: csv.str(cTz) };
    const lang = csv.str(cLang);
    if (lang) agency.lang = lang;
    if (!agency.name)
      issues.error('RequiredFieldError', FILE, line, 'agency_name', 'agency_name is empty', id, 'value');
    if (!agency.url)
      issues.error('RequiredFieldError', FILE, line, 'agency_url', 'agency_url is empty', id, 'value');
    let bad = '';
    if (!agency.timezone) {
      bad = 'RequiredFieldError';
      issues.error(bad, FILE, line, 'agency_timezone', 'agency_timezone is empty', id);
    } else if (!isValidTimezone(agency.timezone)) {
      bad = 'InvalidTimezoneError';
      issues.error(bad, FILE, line, 'agency_timezone', `'${agency.timezone}' is not an IANA time zone`, id);
    }
    if (bad) {
      dropped.add(id);
      issues.dropRows(FILE, bad);
      continue;
    }
    rows.push({ agency, line });
  }
  if (read === 0)
    issues.error('FileRequiredError', FILE, 0, '', 'agency.txt has no agency', undefined, 'file');
  let kept = rows;
  if (distinct > 1) {
    kept = rows.filter(({ agency, line }) => {
      if (agency.id) return true;
      issues.error(
        'ConditionallyRequiredFieldError',
        FILE,
        line,
        'agency_id',
        'agency_id is required when a feed has several agencies',
      );
      issues.dropRows(FILE, 'ConditionallyRequiredFieldError');
      dropped.add('');
      return false;
    });
    kept.forEach(({ agency: a, line }, i) => {
      const first = kept[0].agency;
      if (i > 0 && a.timezone !== first.timezone)
        issues.warning(
          'InconsistentTimezoneError',
          FILE,
          line,
          'agency_timezone',
          `agency ${a.id} is in ${a.timezone}, agency ${first.id} in ${first.timezone}: each agency's trips count time in its own zone`,
          a.id,
        );
    });
  }
  const agencies = kept.map((r) => r.agency);
  return { agencies, index: new Map(agencies.map((a, i) => [a.id, i])), dropped };
}
