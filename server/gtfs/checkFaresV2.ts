import { checkReference } from './checkReference.ts';
import type { FeedIds, OpenCsv } from './FeedIds.ts';
import type { IssueCollector } from './IssueCollector.ts';
import { readIdSet } from './readIdSet.ts';

/**
 * Checks GTFS-Fares v2 and the files it leans on (networks, route_networks, areas, stop_areas,
 * rider_categories, fare_media — or its older name fare_containers —, fare_products, fare_leg_rules,
 * fare_transfer_rules): duplicate ids and keys, dangling references, and a fare product whose rider
 * category is ambiguous (several default categories apply). Fares are not part of the Timetable.
 */
export async function checkFaresV2(open: OpenCsv, ids: FeedIds, issues: IssueCollector): Promise<void> {
  const networks = await readIdSet(open, 'networks.txt', 'network_id', issues);
  const areas = await readIdSet(open, 'areas.txt', 'area_id', issues);
  const media = await readIdSet(open, 'fare_media.txt', 'fare_media_id', issues);
  for (const id of await readIdSet(open, 'fare_containers.txt', 'fare_media_id', issues)) media.add(id);

  const routeNetworks = await open('route_networks.txt', ['network_id', 'route_id']);
  if (routeNetworks) {
    const F = 'route_networks.txt';
    const [cNet, cRoute] = [routeNetworks.column('network_id'), routeNetworks.column('route_id')];
    const seen = new Set<string>();
    while (routeNetworks.next()) {
      const line = routeNetworks.line;
      const route = routeNetworks.str(cRoute);
      checkReference(issues, F, line, 'network_id', routeNetworks.str(cNet), networks);
      checkReference(issues, F, line, 'route_id', route, ids.routes);
      if (seen.has(route))
        issues.error(
          'DuplicateKeyError',
          F,
          line,
          'route_id',
          `route '${route}' is already in a network`,
          route,
        );
      seen.add(route);
    }
  }

  const stopAreas = await open('stop_areas.txt', ['area_id', 'stop_id']);
  if (stopAreas) {
    const [cArea, cStop] = [stopAreas.column('area_id'), stopAreas.column('stop_id')];
    while (stopAreas.next()) {
      checkReference(issues, 'stop_areas.txt', stopAreas.line, 'area_id', stopAreas.str(cArea), areas);
      checkReference(issues, 'stop_areas.txt', stopAreas.line, 'stop_id', stopAreas.str(cStop), ids.stops);
    }
  }

  const riders = new Set<string>();
  const defaults = new Set<string>();
  const categories = await open('rider_categories.txt', ['rider_category_id']);
  if (categories) {
    const [cId, cDefault] = [
      categories.column('rider_category_id'),
      categories.column('is_default_fare_category'),
    ];
    while (categories.next()) {
      const id = categories.str(cId);
      if (riders.has(id))
        issues.error(
          'DuplicateIDError',
          'rider_categories.txt',
          categories.line,
          'rider_category_id',
          `rider_category_id '${id}' is already used`,
          id,
        );
      riders.add(id);
      if (categories.str(cDefault) === '1') defaults.add(id);
    }
  }

  const products = new Set<string>();
  const fareProducts = await open('fare_products.txt', ['fare_product_id']);
  if (fareProducts) {
    const F = 'fare_products.txt';
    const [cId, cRider, cMedia] = ['fare_product_id', 'rider_category_id', 'fare_media_id'].map((c) =>
      fareProducts.column(c),
    );
    const keys = new Set<string>();
    const defaultOf = new Map<string, string>();
    while (fareProducts.next()) {
      const line = fareProducts.line;
      const id = fareProducts.str(cId);
      const rider = fareProducts.str(cRider);
      const medium = fareProducts.str(cMedia);
      products.add(id);
      checkReference(issues, F, line, 'rider_category_id', rider, riders);
      checkReference(issues, F, line, 'fare_media_id', medium, media);
      const key = `${id}\u0000${rider}\u0000${medium}`;
      if (keys.has(key))
        issues.error(
          'DuplicateKeyError',
          F,
          line,
          '',
          `fare product '${id}' is given twice for the same rider category and medium`,
          id,
        );
      keys.add(key);
      // Which price applies to a rider is ambiguous when no category is named but several are default,
      // or when one product names two default categories.
      if (!rider && defaults.size > 1)
        issues.error(
          'AmbiguousRiderCategoryError',
          F,
          line,
          'rider_category_id',
          `fare product '${id}' names no rider category but the feed has ${defaults.size} default categories`,
          id,
        );
      if (defaults.has(rider)) {
        const other = defaultOf.get(id);
        if (other !== undefined && other !== rider)
          issues.error(
            'AmbiguousRiderCategoryError',
            F,
            line,
            'rider_category_id',
            `fare product '${id}' has two default rider categories (${other}, ${rider})`,
            id,
          );
        defaultOf.set(id, rider);
      }
    }
  }

  const legGroups = new Set<string>();
  const legRules = await open('fare_leg_rules.txt', ['fare_product_id']);
  if (legRules) {
    const F = 'fare_leg_rules.txt';
    const [cGroup, cNet, cFrom, cTo, cProduct] = [
      'leg_group_id',
      'network_id',
      'from_area_id',
      'to_area_id',
      'fare_product_id',
    ].map((c) => legRules.column(c));
    const anyNetwork = { has: (id: string) => networks.has(id) || ids.routeNetworks.has(id) };
    while (legRules.next()) {
      const line = legRules.line;
      const group = legRules.str(cGroup);
      if (group) legGroups.add(group);
      checkReference(issues, F, line, 'network_id', legRules.str(cNet), anyNetwork);
      checkReference(issues, F, line, 'from_area_id', legRules.str(cFrom), areas);
      checkReference(issues, F, line, 'to_area_id', legRules.str(cTo), areas);
      checkReference(issues, F, line, 'fare_product_id', legRules.str(cProduct), products);
    }
  }

  const transferRules = await open('fare_transfer_rules.txt', ['fare_transfer_type']);
  if (transferRules) {
    const F = 'fare_transfer_rules.txt';
    const checks = [
      ['from_leg_group_id', legGroups],
      ['to_leg_group_id', legGroups],
      ['fare_product_id', products],
      ['filter_fare_product_id', products],
    ] as const;
    const cols = checks.map(([f]) => transferRules.column(f));
    while (transferRules.next())
      for (let k = 0; k < checks.length; k++)
        checkReference(issues, F, transferRules.line, checks[k][0], transferRules.str(cols[k]), checks[k][1]);
  }
}
