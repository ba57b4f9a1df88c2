import { Router } from 'express';
import type { FeedCatalog } from '../../feeds/FeedCatalog.ts';
import type { CountryLocator } from '../../network/countryLocator.ts';
import { journeysQuery } from '../contract/index.ts';
import { feedEtag } from '../feedEtag.ts';
import { feedFor } from '../feedFor.ts';
import { parseQuery } from '../parseQuery.ts';
import { planJourneys } from '../planJourneys.ts';

/** GET /api/journeys: Pareto-optimal journeys (depart-after, arrive-by or range) between two stops. */
export function journeysRouter(catalog: FeedCatalog, locator: CountryLocator): Router {
  const router = Router();
  router.get('/journeys', (req, res) => {
    const q = parseQuery(journeysQuery, req.query);
    const feed = feedFor(catalog, q.feed);
    if (feedEtag(req, res, [feed])) return;
    res.json(planJourneys(feed, q, locator));
  });
  return router;
}
