// Judges a Word file before any unzip library touches it. The central directory is read here,
// by hand, from the bytes: sizes and entry counts are checked BEFORE anything is inflated, and
// every entry is then inflated once with a hard cap on its output, so a zip that lies about its
// sizes cannot grow past the limit either. Each refusal is a HelderError with a Dutch message
// in i18n; the file itself is only ever read.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { HelderError } from '../../../shared/contract';

export const IMPORT_LIMITS = {
  /** Largest file Helder reads at all. A policy note with photos stays far below this. */
  fileBytes: 50 * 1024 * 1024,
  /** All entries together, unpacked. */
  unpackedBytes: 200 * 1024 * 1024,
  entries: 5000,
  /** Unpacked / packed for one entry larger than 1 MB; XML rarely compresses beyond ~30. */
  ratio: 200,
};

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** UTF-16LE "EncryptionInfo": the stream an encrypted OOXML package keeps inside its OLE container. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const params = (file: string, extra: Record<string, string> = {}) => ({ file: path.basename(file), ...extra });

function findEndOfDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at -= 1) if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  return -1;
}

/** Reads the central directory; throws `import.truncated` when it does not fit in the file. */
export function readCentralDirectory(bytes: Buffer, file: string): ZipEntry[] {
  const end = findEndOfDirectory(bytes);
  if (end < 0) throw new HelderError('import.truncated', params(file));
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: a Word document never needs them; a file that does is not one we read.
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new HelderError('import.zipBomb', params(file));
  if (count > IMPORT_LIMITS.entries) throw new HelderError('import.zipBomb', params(file));
  if (offset + size > end) throw new HelderError('import.truncated', params(file));
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_HEADER) throw new HelderError('import.truncated', params(file));
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    entries.push({
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkSizes(entries: readonly ZipEntry[], file: string): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > 1024 * 1024 && ratio > IMPORT_LIMITS.ratio) throw new HelderError('import.zipBomb', params(file));
  }
  if (total > IMPORT_LIMITS.unpackedBytes) throw new HelderError('import.zipBomb', params(file));
}

/** Inflates every entry with its declared size as the cap: a lying size fails here, not in memory later. */
function checkInflation(bytes: Buffer, entries: readonly ZipEntry[], directoryStart: number, file: string): void {
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at + 30 > directoryStart || bytes.readUInt32LE(at) !== LOCAL_HEADER) throw new HelderError('import.truncated', params(file));
    const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > directoryStart) throw new HelderError('import.truncated', params(file));
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new HelderError('import.truncated', params(file));
      continue;
    }
    if (entry.method !== 8) throw new HelderError('import.notWord', params(file));
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(bytes.subarray(dataStart, dataEnd), { maxOutputLength: Math.max(1, entry.uncompressedSize) + 1 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new HelderError(code === 'ERR_BUFFER_TOO_LARGE' ? 'import.zipBomb' : 'import.truncated', params(file), error);
    }
    if (out.length !== entry.uncompressedSize) throw new HelderError('import.zipBomb', params(file));
  }
}

/**
 * Reads a .docx for import and returns its bytes, or refuses it: missing, too large, an old
 * .doc, password-protected, not a zip, truncated, a zip bomb, macro-enabled, or no Word inside.
 */
export function readWordFile(file: string): Buffer {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new HelderError('import.notFound', params(file));
  if (stat.size > IMPORT_LIMITS.fileBytes) throw new HelderError('import.tooLarge', params(file, { limit: String(IMPORT_LIMITS.fileBytes / 1024 / 1024) }));
  const extension = path.extname(file).toLowerCase();
  if (extension === '.docm' || extension === '.dotm') throw new HelderError('import.macro', params(file));
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    // Word keeps a password-protected .docx in an OLE container with an EncryptionInfo stream;
    // any other OLE file here is the old binary .doc format.
    throw new HelderError(bytes.includes(ENCRYPTION_INFO) ? 'import.encrypted' : 'import.oldDoc', params(file));
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== LOCAL_HEADER) throw new HelderError('import.notZip', params(file));
  const entries = readCentralDirectory(bytes, file);
  checkSizes(entries, file);
  if (entries.some((entry) => entry.flags & 1)) throw new HelderError('import.encrypted', params(file));
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name))) throw new HelderError('import.macro', params(file));
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw new HelderError('import.notWord', params(file));
  const directoryStart = bytes.readUInt32LE(findEndOfDirectory(bytes) + 16);
  checkInflation(bytes, entries, directoryStart, file);
  return bytes;
}
