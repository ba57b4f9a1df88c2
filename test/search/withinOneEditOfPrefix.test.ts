import { describe, expect, it } from 'vitest';
import { withinOneEditOfPrefix } from '../../server/search/withinOneEditOfPrefix.ts';

describe('withinOneEditOfPrefix', () => {
  it.each([
    ['smolensk', 'smolensk'], // as it is
    ['smole', 'smolensk'], // a prefix
    ['smolenks', 'smolensk'], // two letters swapped
    ['vitbsk', 'vitebsk'], // a letter left out
    ['vitebskk', 'vitebsk'], // a letter too many
    ['vitepsk', 'vitebsk'], // a letter substituted
    ['xitebsk', 'vitebsk'], // the first letter substituted
    ['muenchen', 'munchen'],
  ])('%s is within one edit of a prefix of %s', (q, w) => {
    expect(withinOneEditOfPrefix(q, w)).toBe(true);
  });

  it.each([
    ['smolesnkk', 'smolensk'],
    ['vtbsk', 'vitebsk'],
    ['orsha', 'osinovka'],
    ['vitebskxx', 'vitebsk'],
  ])('%s is not within one edit of %s', (q, w) => {
    expect(withinOneEditOfPrefix(q, w)).toBe(false);
  });
});
