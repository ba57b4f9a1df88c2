import { fuzzEveryEndpoint } from './util/fuzzEveryEndpoint.ts';

/**
 * The GET fuzz (util/fuzzEveryEndpoint.ts) in the unit suite: a quarter of each endpoint's cases
 * (50, or 25 for the costly endpoints), the first ones of the full run, which the integration suite
 * makes (test/integration/apiFuzzFull.test.ts). `FC_SEED=random npm test` draws other cases.
 */
fuzzEveryEndpoint(4);
