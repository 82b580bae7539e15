/** What a quick look at a ZIP's central directory says, before exceljs unpacks anything. */
export type ZipCheck = 'ok' | 'broken' | 'tooLarge';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

function findEocd(b: Buffer): number {
  // The end record sits in the last 22 bytes plus an archive comment of at most 64 KB.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * A truncated file has no end record (or a directory pointing past it), and a "zip bomb"
 * declares more unpacked bytes than we accept; both are refused without unpacking.
 */
export function checkZip(b: Buffer, maxUnpacked: number): ZipCheck {
  if (b.length < 22) return 'broken';
  const eocd = findEocd(b);
  if (eocd < 0) return 'broken';
  const entries = b.readUInt16LE(eocd + 10);
  const size = b.readUInt32LE(eocd + 12);
  const offset = b.readUInt32LE(eocd + 16);
  if (offset + size > eocd) return 'broken';
  let p = offset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > eocd || b.readUInt32LE(p) !== CENTRAL) return 'broken';
    const unpacked = b.readUInt32LE(p + 24);
    if (unpacked === 0xffffffff) return 'tooLarge'; // ZIP64: over 4 GB, never a staff list
    total += unpacked;
    if (total > maxUnpacked) return 'tooLarge';
    p += 46 + b.readUInt16LE(p + 28) + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
  }
  return 'ok';
}
