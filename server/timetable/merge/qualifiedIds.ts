/**
 * Ids of one kind (routes, trips, services...) across member feeds, made unique: an id that only one
 * member uses stays as it is; one that several use becomes `<feed id>:<id>` in each of them.
 * Returns, per member, its ids in the same order.
 */
export function qualifiedIds(
  feeds: readonly string[],
  idsPerFeed: readonly (readonly string[])[],
): string[][] {
  const users = new Map<string, number>();
  for (const ids of idsPerFeed) for (const id of new Set(ids)) users.set(id, (users.get(id) ?? 0) + 1);
  return idsPerFeed.map((ids, k) => ids.map((id) => ((users.get(id) ?? 0) > 1 ? `${feeds[k]}:${id}` : id)));
}
