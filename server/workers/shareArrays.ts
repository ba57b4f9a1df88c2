type Typed = Exclude<ArrayBufferView, DataView>;

function shared(a: Typed): Typed {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const Ctor = a.constructor as new (b: SharedArrayBuffer) => Typed;
  const out = new Ctor(new SharedArrayBuffer(a.byteLength));
  (out as unknown as { set(x: Typed): void }).set(a);
  return out;
}

/**
 * A copy of plain data (objects, arrays, Maps) with every typed array moved onto a
 * SharedArrayBuffer, so that posting it to worker threads shares the big arrays instead of copying
 * them (strings, numbers and Maps are still cloned on each post). The same array met twice becomes
 * the same shared array. Read-only afterwards: every thread sees the same bytes.
 */
export function shareArrays<T>(value: T): T {
  const seen = new Map<unknown, unknown>();
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const known = seen.get(v);
    if (known !== undefined) return known;
    let out: unknown;
    if (ArrayBuffer.isView(v)) out = v instanceof DataView ? v : shared(v as Typed);
    else if (v instanceof Map) out = new Map([...v].map(([k, x]) => [k, walk(x)]));
    else if (Array.isArray(v)) out = v.map(walk);
    else if (Object.getPrototypeOf(v) === Object.prototype) {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = walk(x);
      out = o;
    } else out = v; // Dates and other clonable values are left to structured clone.
    seen.set(v, out);
    return out;
  };
  return walk(value) as T;
}
