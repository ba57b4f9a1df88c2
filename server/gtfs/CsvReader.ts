/** `CsvReader.time` result for an empty field. */
export const TIME_EMPTY = -1;
/** `CsvReader.time` result for a field that is not a GTFS time. */
export const TIME_INVALID = -2;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
/** Field flag: the quoted field holds escaped quotes ("") that must be unescaped. */
const ESCAPED = 1;
/** Field flag: the field holds non-ASCII bytes and must be decoded as UTF-8. */
const NON_ASCII = 2;
/**
 * Most fields kept per row (GTFS files have a few dozen columns). Past it the row is still scanned
 * but its fields are not recorded: a 100 MB line of commas must not grow 100M-entry offset arrays
 * or a 100M-name header.
 */
export const MAX_FIELDS = 10_000;

/**
 * A small RFC 4180 CSV tokenizer working on the file's UTF-8 bytes, one row at a time, without
 * making an object per row: the hot path (2.4M stop_times rows) reads fields by column index as
 * integers or times straight from the bytes, and decodes a string only when asked.
 *
 * Handles a UTF-8 BOM, quoted fields (with `""` escapes and line breaks inside), CRLF, LF or CR line
 * ends, blank lines (skipped) and spaces around unquoted values (trimmed). `line` is the physical
 * line (1-based) the current row starts on, so issues point where an editor would.
 * csv-parse needed 7.5 s for NYC's stop_times.txt alone (see README): hence this file.
 */
export class CsvReader {
  /** Column names of the header row, trimmed. */
  readonly header: string[];
  /** Physical line (1-based) where the current row starts; the header is line 1. */
  line = 0;
  /** Number of fields in the current row. */
  fieldCount = 0;
  /**
   * True when a field opened a quote that never closed: that row (the rest of the file) is not
   * returned, `next` ends there.
   */
  unterminatedQuote = false;
  /** True once a row had more than `MAX_FIELDS` fields (the extra ones are dropped). */
  tooManyFields = false;

  private bytes: Buffer;
  private pos = 0;
  private physLine = 1;
  private starts = new Int32Array(32);
  private ends = new Int32Array(32);
  private flags = new Uint8Array(32);
  private readonly columns = new Map<string, number>();

  /**
   * Reads the header row at once; `bytes` is the whole file. `onUnterminatedQuote` is told (once) the
   * line of a row whose quoted field runs to the end of the file; `onTooManyFields` (once) the line
   * and field count of the first row with more than `MAX_FIELDS` fields.
   */
  constructor(
    bytes: Uint8Array,
    private readonly onUnterminatedQuote?: (line: number) => void,
    private readonly onTooManyFields?: (line: number, fields: number) => void,
  ) {
    this.bytes = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (this.bytes[0] === 0xef && this.bytes[1] === 0xbb && this.bytes[2] === 0xbf) this.pos = 3;
    this.header = [];
    if (this.next()) for (let c = 0; c < this.fieldCount; c++) this.header.push(this.str(c));
    for (let c = this.header.length - 1; c >= 0; c--) if (this.header[c]) this.columns.set(this.header[c], c);
  }

  /**
   * Drops the file's bytes (the reader is at its end afterwards): lets the 142 MB of NYC's
   * stop_times.txt be collected before the typed arrays are sorted, not after.
   */
  release(): void {
    this.bytes = Buffer.alloc(0);
    this.pos = 0;
    this.fieldCount = 0;
  }

  /** Upper bound of the rows left (line breaks from here on, plus one): to size typed arrays once. */
  estimateRows(): number {
    let n = 1;
    for (let p = this.bytes.indexOf(LF, this.pos); p >= 0; p = this.bytes.indexOf(LF, p + 1)) n++;
    return n;
  }

  /** Index of a column by name (the first one when repeated), -1 when the file has none. */
  column(name: string): number {
    return this.columns.get(name) ?? -1;
  }

  /** Advances to the next non-blank row; false at the end of the file. */
  next(): boolean {
    const b = this.bytes;
    const n = b.length;
    let p = this.pos;
    for (;;) {
      if (p >= n) {
        this.pos = p;
        this.fieldCount = 0;
        return false;
      }
      this.line = this.physLine;
      let fc = 0;
      let quotedAny = false;
      for (;;) {
        let s = p;
        let e: number;
        let flags = 0;
        if (b[p] === QUOTE) {
          quotedAny = true;
          s = ++p;
          for (;;) {
            if (p >= n) {
              e = p;
              if (!this.unterminatedQuote) this.onUnterminatedQuote?.(this.line);
              this.unterminatedQuote = true;
              break;
            }
            const c = b[p];
            if (c === QUOTE) {
              if (b[p + 1] === QUOTE) {
                flags |= ESCAPED;
                p += 2;
                continue;
              }
              e = p++;
              break;
            }
            if (c === LF) this.physLine++;
            else if (c > 127) flags |= NON_ASCII;
            p++;
          }
          // Tolerate stray characters between a closing quote and the separator.
          while (p < n && b[p] !== COMMA && b[p] !== LF && b[p] !== CR) p++;
        } else {
          while (p < n) {
            const c = b[p];
            if (c === COMMA || c === LF || c === CR) break;
            if (c > 127) flags |= NON_ASCII;
            p++;
          }
          e = p;
          while (s < e && (b[s] === SPACE || b[s] === TAB)) s++;
          while (e > s && (b[e - 1] === SPACE || b[e - 1] === TAB)) e--;
        }
        if (fc < MAX_FIELDS) {
          if (fc === this.starts.length) this.grow();
          this.starts[fc] = s;
          this.ends[fc] = e;
          this.flags[fc] = flags;
        }
        fc++;
        if (p >= n) break;
        const c = b[p++];
        if (c === COMMA) continue;
        if (c === CR && b[p] === LF) p++;
        this.physLine++;
        break;
      }
      if (fc === 1 && !quotedAny && this.starts[0] === this.ends[0]) continue; // blank line
      if (this.unterminatedQuote) {
        // The row's last field swallowed the rest of the file: no row of it can be trusted.
        this.pos = n;
        this.fieldCount = 0;
        return false;
      }
      if (fc > MAX_FIELDS) {
        if (!this.tooManyFields) this.onTooManyFields?.(this.line, fc);
        this.tooManyFields = true;
        fc = MAX_FIELDS;
      }
      this.pos = p;
      this.fieldCount = fc;
      return true;
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const flags = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    flags.set(this.flags);
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  /** True when the column is absent or the field is empty in this row. */
  isEmpty(c: number): boolean {
    return c < 0 || c >= this.fieldCount || this.starts[c] === this.ends[c];
  }

  /** The field as a string ('' when absent or empty). */
  str(c: number): string {
    if (c < 0 || c >= this.fieldCount) return '';
    const s = this.starts[c];
    const e = this.ends[c];
    if (s === e) return '';
    const f = this.flags[c];
    const v = this.bytes.toString(f & NON_ASCII ? 'utf8' : 'latin1', s, e);
    return f & ESCAPED ? v.replaceAll('""', '"') : v;
  }

  /** True when field c of this row has the same bytes as field c of the row whose offsets were saved. */
  sameAs(c: number, savedStart: number, savedEnd: number): boolean {
    if (c < 0 || c >= this.fieldCount) return false;
    const s = this.starts[c];
    const e = this.ends[c];
    if (e - s !== savedEnd - savedStart) return false;
    return this.bytes.compare(this.bytes, savedStart, savedEnd, s, e) === 0;
  }

  /** Byte offset where field c starts (for `sameAs`). */
  startOf(c: number): number {
    return c < this.fieldCount ? this.starts[c] : 0;
  }

  /** Byte offset where field c ends (for `sameAs`). */
  endOf(c: number): number {
    return c < this.fieldCount ? this.ends[c] : 0;
  }

  /** The field as a (possibly negative) integer; NaN when empty or not an integer. */
  int(c: number): number {
    if (this.isEmpty(c)) return Number.NaN;
    const b = this.bytes;
    let p = this.starts[c];
    const e = this.ends[c];
    let sign = 1;
    if (b[p] === 45) {
      sign = -1;
      if (++p === e) return Number.NaN;
    }
    let v = 0;
    for (; p < e; p++) {
      const d = b[p] - 48;
      if (d < 0 || d > 9) return Number.NaN;
      v = v * 10 + d;
    }
    return sign * v;
  }

  /** The field as a decimal number; NaN when empty or not a number. */
  num(c: number): number {
    if (this.isEmpty(c)) return Number.NaN;
    const v = Number(this.str(c));
    return Number.isFinite(v) ? v : Number.NaN;
  }

  /**
   * The field as a GTFS time (`HH:MM:SS` or `H:MM:SS`, hours may pass 24) in seconds;
   * `TIME_EMPTY` when empty, `TIME_INVALID` when malformed.
   */
  time(c: number): number {
    if (this.isEmpty(c)) return TIME_EMPTY;
    const b = this.bytes;
    let p = this.starts[c];
    const e = this.ends[c];
    let h = 0;
    let digits = 0;
    while (p < e && b[p] !== 58) {
      const d = b[p++] - 48;
      if (d < 0 || d > 9 || ++digits > 3) return TIME_INVALID;
      h = h * 10 + d;
    }
    if (digits === 0 || e - p !== 6 || b[p + 3] !== 58) return TIME_INVALID;
    const m1 = b[p + 1] - 48;
    const m2 = b[p + 2] - 48;
    const s1 = b[p + 4] - 48;
    const s2 = b[p + 5] - 48;
    if (m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9 || s1 < 0 || s1 > 5 || s2 < 0 || s2 > 9) return TIME_INVALID;
    return h * 3600 + (m1 * 10 + m2) * 60 + s1 * 10 + s2;
  }
}
