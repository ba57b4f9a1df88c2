import type { BorderAdvisory } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';

const FILE = 'border_advisories.txt';

/**
 * Reads the feed extension border_advisories.txt (from_country,to_country,lang,advisory,source_url):
 * countries are ISO 3166-1 alpha-2, the advisory text and its source are required; a row failing
 * that is left out.
 */
export function readBorderAdvisories(csv: CsvReader | null, issues: IssueCollector): BorderAdvisory[] {
  const out: BorderAdvisory[] = [];
  if (!csv) return out;
  const [cFrom, cTo, cLang, cText, cSource] = [
    'from_country',
    'to_country',
    'lang',
    'advisory',
    'source_url',
  ].map((c) => csv.column(c));
  while (csv.next()) {
    const line = csv.line;
    const a: BorderAdvisory = {
      fromCountry: csv.str(cFrom).toUpperCase(),
      toCountry: csv.str(cTo).toUpperCase(),
      lang: csv.str(cLang),
      text: csv.str(cText),
      source: csv.str(cSource),
    };
    let code = '';
    for (const [field, v] of [
      ['from_country', a.fromCountry],
      ['to_country', a.toCountry],
    ])
      if (!/^[A-Z]{2}$/.test(v)) {
        issues.error(
          'InvalidFieldError',
          FILE,
          line,
          field,
          `'${v}' is not an ISO 3166-1 alpha-2 country code`,
        );
        code ||= 'InvalidFieldError';
      }
    for (const [field, v] of [
      ['lang', a.lang],
      ['advisory', a.text],
      ['source_url', a.source],
    ])
      if (!v) {
        issues.error('RequiredFieldError', FILE, line, field, `${field} is empty`);
        code ||= 'RequiredFieldError';
      }
    if (code) issues.dropRows(FILE, code);
    else out.push(a);
  }
  return out;
}
