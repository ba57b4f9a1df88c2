/**
 * The fast-check seed of a property test: `fixed` unless the environment says otherwise, so that CI
 * runs the same cases every time and a red run is the change's, not the dice's. `FC_SEED=<integer>`
 * runs another fixed set; `FC_SEED=random` lets fast-check draw one (it prints it with any failure).
 */
export function fcSeed(fixed: number): number | undefined {
  const env = process.env.FC_SEED;
  if (env === undefined || env === '') return fixed;
  if (env === 'random') return undefined;
  const n = Number(env);
  if (!Number.isInteger(n))
    throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(env)}`);
  return n;
}
