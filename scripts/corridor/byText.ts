/** Code-point order of two strings (locale-independent, so output is the same on every machine). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts rows by their cells left to right, as strings in code-point order. Returns a new array. */
export function sortRows<T extends readonly (string | number)[]>(rows: readonly T[]): T[] {
  return [...rows].sort((x, y) => {
    for (let k = 0; k < Math.min(x.length, y.length); k++) {
      const c = compareText(String(x[k]), String(y[k]));
      if (c !== 0) return c;
    }
    return x.length - y.length;
  });
}
