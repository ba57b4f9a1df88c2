/** Whether `a.slice(i)` is a prefix of `b.slice(j)`. */
function restIsPrefix(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i > b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * Whether `query` is one edit away from a prefix of `word` (or is one): a letter substituted, added,
 * left out, or two neighbours swapped (the optimal-string-alignment distance, as spell checkers
 * count `smolenks` for `smolensk`). Linear in the query's length: after the first mismatch, each of
 * the four edits is tried once.
 */
export function withinOneEditOfPrefix(query: string, word: string): boolean {
  let i = 0;
  const n = Math.min(query.length, word.length);
  while (i < n && query.charCodeAt(i) === word.charCodeAt(i)) i++;
  if (i === query.length) return true; // a prefix as it is
  return (
    restIsPrefix(query, i + 1, word, i + 1) || // substituted
    restIsPrefix(query, i + 1, word, i) || // a letter too many in the query
    restIsPrefix(query, i, word, i + 1) || // a letter left out of the query
    (i + 1 < query.length &&
      i + 1 < word.length &&
      query.charCodeAt(i) === word.charCodeAt(i + 1) &&
      query.charCodeAt(i + 1) === word.charCodeAt(i) &&
      restIsPrefix(query, i + 2, word, i + 2)) // swapped
  );
}
