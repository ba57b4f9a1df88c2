/** One file of a zip as its central directory declares it. Sizes in bytes. */
export interface ZipEntry {
  path: string;
  /** 0 stored, 8 deflate (others are refused when read). */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header in the zip. */
  localHeader: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Reads a zip's central directory (with zip64 sizes) without inflating anything, so sizes can be
 * checked before any byte is decompressed. Throws on a malformed directory.
 */
export function readZipDirectory(zip: Buffer): ZipEntry[] {
  let e = zip.length - 22;
  const stop = Math.max(0, zip.length - 22 - 65535);
  while (e >= stop && zip.readUInt32LE(e) !== EOCD) e--;
  if (e < stop) throw new Error('no end of central directory record');
  let count = zip.readUInt16LE(e + 10);
  let offset = zip.readUInt32LE(e + 16);
  if (e >= 20 && zip.readUInt32LE(e - 20) === EOCD64_LOCATOR) {
    const at = Number(zip.readBigUInt64LE(e - 12));
    if (zip.readUInt32LE(at) === EOCD64) {
      count = Number(zip.readBigUInt64LE(at + 32));
      offset = Number(zip.readBigUInt64LE(at + 48));
    }
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(p + 10);
    let compressedSize = zip.readUInt32LE(p + 20);
    let size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    let localHeader = zip.readUInt32LE(p + 42);
    const path = zip.toString('utf8', p + 46, p + 46 + nameLength);
    // Zip64: the real values sit in extra field 0x0001, in this order, for each 32-bit field at 0xFFFFFFFF.
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = zip.readUInt16LE(x);
      const len = zip.readUInt16LE(x + 2);
      if (id === 1) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = Number(zip.readBigUInt64LE(q));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(zip.readBigUInt64LE(q));
          q += 8;
        }
        if (localHeader === 0xffffffff) localHeader = Number(zip.readBigUInt64LE(q));
      }
      x += 4 + len;
    }
    entries.push({ path, method, compressedSize, size, localHeader });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed bytes start: after its local header, whose name/extra lengths may differ. */
export function entryDataStart(zip: Buffer, entry: ZipEntry): number {
  const h = entry.localHeader;
  if (zip.readUInt32LE(h) !== LOCAL) throw new Error(`bad local header for ${entry.path}`);
  return h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
}
