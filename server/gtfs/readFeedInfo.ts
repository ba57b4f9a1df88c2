import type { FeedInfo } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { parseDate } from './parseDate.ts';

const FILE = 'feed_info.txt';

/**
 * Reads feed_info.txt (its first row); dates become YYYY-MM-DD. Null when the file is absent or empty.
 * A bad date or an empty required field is reported and the row kept without it.
 */
export function readFeedInfo(csv: CsvReader | null, issues: IssueCollector): FeedInfo | null {
  if (!csv) return null;
  if (!csv.next()) return null;
  const get = (c: string) => csv.str(csv.column(c));
  const info: FeedInfo = {
    publisherName: get('feed_publisher_name'),
    publisherUrl: get('feed_publisher_url'),
    lang: get('feed_lang'),
  };
  for (const [field, key] of [
    ['feed_start_date', 'startDate'],
    ['feed_end_date', 'endDate'],
  ] as const) {
    const v = get(field);
    if (!v) continue;
    if (Number.isNaN(parseDate(v)))
      issues.error(
        'InvalidFieldError',
        FILE,
        csv.line,
        field,
        `'${v}' is not a YYYYMMDD date`,
        undefined,
        'value',
      );
    else info[key] = `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`;
  }
  const version = get('feed_version');
  if (version) info.version = version;
  for (const [field, v] of [
    ['feed_publisher_name', info.publisherName],
    ['feed_publisher_url', info.publisherUrl],
    ['feed_lang', info.lang],
  ])
    if (!v)
      issues.error('RequiredFieldError', FILE, csv.line, field, `${field} is empty`, undefined, 'value');
  if (csv.next())
    issues.warning(
      'InvalidFieldError',
      FILE,
      csv.line,
      '',
      'feed_info.txt has more than one row; the first is used',
    );
  return info;
}
