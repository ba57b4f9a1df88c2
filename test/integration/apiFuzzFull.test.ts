import { fuzzEveryEndpoint } from '../reliability/util/fuzzEveryEndpoint.ts';

/**
 * The GET fuzz (test/reliability/util/fuzzEveryEndpoint.ts) at full length: 200 cases per endpoint, 100
 * for the costly ones, ~2,400 requests. The unit suite runs the first quarter of these cases.
 */
fuzzEveryEndpoint(1);
