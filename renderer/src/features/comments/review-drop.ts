// What a drop of files onto the window carries for "Reacties importeren": paths where the shell
// knows them (Electron's preload), else the bytes of each copy (browser mode). Only .helder files
// and only up to the upload limit; main checks everything again.
import { MAX_UPLOAD_BYTES, type UploadedCopy } from '../../../../shared/contract';

export interface DroppedCopies {
  files: string[];
  uploads: UploadedCopy[];
}

export type DropResult = { ok: true; copies: DroppedCopies } | { ok: false; reason: 'notHelder' | 'tooLarge'; file: string };

export async function readDroppedCopies(dropped: readonly File[], pathOf: (file: File) => string | null): Promise<DropResult> {
  const stranger = dropped.find((file) => !file.name.toLowerCase().endsWith('.helder'));
  if (stranger) return { ok: false, reason: 'notHelder', file: stranger.name };
  const files: string[] = [];
  const uploads: UploadedCopy[] = [];
  let size = 0;
  for (const file of dropped) {
    const path = pathOf(file);
    if (path) {
      files.push(path);
      continue;
    }
    size += file.size;
    if (size > MAX_UPLOAD_BYTES) return { ok: false, reason: 'tooLarge', file: file.name };
    uploads.push({ name: file.name, data: await base64Of(file) });
  }
  return { ok: true, copies: { files, uploads } };
}

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
