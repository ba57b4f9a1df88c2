import type { Translations } from '../timetable/Timetable.ts';
import type { CsvReader } from './CsvReader.ts';
import type { IssueCollector } from './IssueCollector.ts';

const FILE = 'translations.txt';

/** The map under `key`, added empty when missing. */
function getOrAdd<K, V>(map: Map<K, Map<string, V>>, key: K): Map<string, V> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/**
 * Reads translations.txt into table -> field -> key -> language -> text. The key is the record_id
 * (`record_id/record_sub_id` when a sub id is given, e.g. stop_times) or, for rows that translate by
 * value, the field_value. A row with neither, or with both, is an error and is left out.
 */
export function readTranslations(csv: CsvReader | null, issues: IssueCollector): Translations {
  const out: Translations = new Map();
  if (!csv) return out;
  const [cTable, cField, cLang, cText, cRec, cSub, cValue] = [
    'table_name',
    'field_name',
    'language',
    'translation',
    'record_id',
    'record_sub_id',
    'field_value',
  ].map((c) => csv.column(c));
  while (csv.next()) {
    const line = csv.line;
    const table = csv.str(cTable);
    const field = csv.str(cField);
    const lang = csv.str(cLang);
    const text = csv.str(cText);
    const rec = csv.str(cRec);
    const sub = csv.str(cSub);
    const value = csv.str(cValue);
    let code = '';
    for (const [name, v] of [
      ['table_name', table],
      ['field_name', field],
      ['language', lang],
      ['translation', text],
    ])
      if (!v) {
        issues.error('RequiredFieldError', FILE, line, name, `${name} is empty`);
        code ||= 'RequiredFieldError';
      }
    if (table !== 'feed_info' && !rec === !value) {
      issues.error(
        'ConditionallyRequiredFieldError',
        FILE,
        line,
        rec ? 'field_value' : 'record_id',
        'give either record_id or field_value',
      );
      code ||= 'ConditionallyRequiredFieldError';
    }
    if (code) {
      issues.dropRows(FILE, code);
      continue;
    }
    const key = rec ? (sub ? `${rec}/${sub}` : rec) : value;
    const byField = getOrAdd(out, table);
    const byKey = getOrAdd(byField, field);
    getOrAdd(byKey, key).set(lang, text);
  }
  return out;
}
