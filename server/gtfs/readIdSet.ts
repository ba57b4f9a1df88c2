import type { OpenCsv } from './FeedIds.ts';
import type { IssueCollector } from './IssueCollector.ts';

/** Reads the ids of a file whose rows each define one id (networks.txt, areas.txt...); repeats are DuplicateIDError. */
export async function readIdSet(
  open: OpenCsv,
  file: string,
  idField: string,
  issues: IssueCollector,
): Promise<Set<string>> {
  const ids = new Set<string>();
  const csv = await open(file, [idField]);
  if (!csv) return ids;
  const c = csv.column(idField);
  while (csv.next()) {
    const id = csv.str(c);
    if (!id) issues.error('RequiredFieldError', file, csv.line, idField, `${idField} is empty`);
    else if (ids.has(id))
      issues.error('DuplicateIDError', file, csv.line, idField, `${idField} '${id}' is already used`, id);
    ids.add(id);
  }
  return ids;
}
