import { createClient, type HelderApi } from '../../../shared/contract';
import { createHttpTransport } from './http-transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge. */
    helder?: HelderApi & { pathForFile?(file: File): string };
  }
}

let api: HelderApi | null = null;

/** The one way the renderer reaches files and settings: the preload's API, or the test host's. */
export function getApi(): HelderApi {
  if (api) return api;
  if (window.helder) {
    api = window.helder;
    return api;
  }
  const token = document.querySelector<HTMLMetaElement>('meta[name="helder-host-token"]')?.content;
  if (!token) throw new Error('Helder kan de opslag niet bereiken: de koppeling met het programma ontbreekt.');
  api = createClient(createHttpTransport(token));
  return api;
}

/** The path of a dropped file in Electron; null in the browser mode, where the page knows no paths. */
export function pathOfDroppedFile(file: File): string | null {
  return window.helder?.pathForFile?.(file) || null;
}
