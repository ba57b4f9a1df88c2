/**
 * A binary image of a plain data structure: typed arrays go to one raw byte section (8-byte aligned,
 * shared arrays written once), everything else to a JSON header in which Maps, non-finite numbers,
 * undefined and typed arrays are tagged. Made for the timetable cache: no class instances, no cycles.
 *
 * Layout: the 8 magic bytes, a uint32 header length (LE), the UTF-8 JSON header, zero padding to a
 * multiple of 8, the raw section.
 */
const MAGIC = Buffer.from('CORRTT01');

type TypedArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;
const KINDS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type Kind = keyof typeof KINDS;

/** Serialises `value` (plain objects, arrays, Maps, strings, numbers, booleans, null, typed arrays). */
export function encodeImage(value: unknown): Buffer {
  const arrays: TypedArray[] = [];
  const ids = new Map<TypedArray, number>();
  const enc = (v: unknown): unknown => {
    if (v === undefined) return { $u: 1 };
    if (typeof v === 'number') return Number.isFinite(v) ? v : { $n: String(v) };
    if (v === null || typeof v !== 'object') return v;
    if (ArrayBuffer.isView(v)) {
      const a = v as TypedArray;
      let id = ids.get(a);
      if (id === undefined) {
        id = arrays.push(a) - 1;
        ids.set(a, id);
      }
      return { $t: id };
    }
    if (v instanceof Map) return { $m: [...v].map(([k, x]) => [enc(k), enc(x)]) };
    if (Array.isArray(v)) return v.map(enc);
    if (Object.getPrototypeOf(v) !== Object.prototype) throw new Error('encodeImage: plain data only');
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = enc(x);
    // Plain objects whose keys start with '$' would be mistaken for tags.
    return Object.keys(v).some((k) => k.startsWith('$')) ? { $o: out } : out;
  };
  const body = enc(value);
  let offset = 0;
  const table = arrays.map((a) => {
    const entry = { kind: a.constructor.name as Kind, offset, length: a.length };
    offset += Math.ceil(a.byteLength / 8) * 8;
    return entry;
  });
  const header = Buffer.from(JSON.stringify({ table, body }));
  const headerEnd = Math.ceil((12 + header.length) / 8) * 8;
  const out = Buffer.alloc(headerEnd + offset);
  MAGIC.copy(out, 0);
  out.writeUInt32LE(header.length, 8);
  header.copy(out, 12);
  arrays.forEach((a, i) => {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), headerEnd + table[i].offset);
  });
  return out;
}

/**
 * Reads an image written by `encodeImage`. Typed arrays are views into `buf` when it is 8-byte
 * aligned (a fresh `readFileSync` buffer is), else copies. Throws on a buffer that is not an image.
 */
export function decodeImage(buf: Buffer): unknown {
  if (buf.length < 12 || !buf.subarray(0, 8).equals(MAGIC)) throw new Error('not a timetable image');
  const headerLength = buf.readUInt32LE(8);
  const { table, body } = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as {
    table: { kind: Kind; offset: number; length: number }[];
    body: unknown;
  };
  const base = Math.ceil((12 + headerLength) / 8) * 8;
  const aligned = (buf.byteOffset + base) % 8 === 0;
  const arrays = table.map(({ kind, offset, length }) => {
    const C = KINDS[kind];
    if (!C) throw new Error(`unknown array kind ${kind}`);
    const bytes = length * C.BYTES_PER_ELEMENT;
    if (base + offset + bytes > buf.length) throw new Error('truncated timetable image');
    if (aligned) return new C(buf.buffer as ArrayBuffer, buf.byteOffset + base + offset, length);
    const copy = new C(length);
    new Uint8Array(copy.buffer).set(buf.subarray(base + offset, base + offset + bytes));
    return copy;
  });
  const dec = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(dec);
    const o = v as Record<string, unknown>;
    if ('$u' in o) return undefined;
    if ('$n' in o) return Number(o.$n);
    if ('$t' in o) return arrays[o.$t as number];
    if ('$m' in o) return new Map((o.$m as [unknown, unknown][]).map(([k, x]) => [dec(k), dec(x)]));
    const src = ('$o' in o ? o.$o : o) as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(src)) out[k] = dec(x);
    return out;
  };
  return dec(body);
}
