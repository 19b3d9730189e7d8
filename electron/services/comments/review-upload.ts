// Review copies dropped onto the window in the browser mode arrive as bytes, not as paths. They
// are written to Helder's private scratch folder under their own file name (so the import
// summary names them as the writer knows them) and go through the very same import as copies
// chosen in the file picker; the scratch folder is removed afterwards, whatever happened.
import fs from 'node:fs';
import path from 'node:path';
import { HelderError, MAX_UPLOAD_BYTES, type UploadedCopy } from '../../../shared/contract';
import { privateTempDir } from '../note-store/temp-files';

export function withUploadedCopies<T>(files: readonly UploadedCopy[], use: (paths: string[]) => T): T {
  const folder = privateTempDir('upload');
  try {
    const paths = files.map((file, index) => {
      // The contract allows no separators; basename is the second lock on the same door.
      const name = path.basename(file.name);
      if (name !== file.name || !name.toLowerCase().endsWith('.helder')) throw new HelderError('review.notReviewCopy', { file: name });
      const bytes = Buffer.from(file.data, 'base64');
      if (bytes.length > MAX_UPLOAD_BYTES) throw new HelderError('review.tooLarge', { file: name });
      // One folder per file: two dropped copies may have the same name.
      const own = path.join(folder, String(index));
      fs.mkdirSync(own, { mode: 0o700 });
      const target = path.join(own, name);
      fs.writeFileSync(target, bytes, { flag: 'wx', mode: 0o600 });
      return target;
    });
    return use(paths);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
