/**
 * What a request handler needs from the shell around the engine: Electron's dialogs and shell in the
 * app, a scripted stand-in in the e2e harness. Keeps the handlers free of any `electron` import.
 */
import type { PaperSize } from '../../../shared/report/model';

export interface SaveTarget {
  defaultName: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

export interface OpenTarget {
  title: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

export interface Host {
  /** Ask the user for an archive; null when they cancel. */
  pickArchive(kind: 'file' | 'folder'): Promise<string | null>;
  /** Ask the user for a file to open (e.g. a bookmarks export); null when they cancel. */
  pickOpenFile(target: OpenTarget): Promise<string | null>;
  /** Ask the user where to save; null when they cancel. */
  pickSavePath(target: SaveTarget): Promise<string | null>;
  /** Open an already validated https URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Print self-contained HTML (no scripts, no external requests) to PDF bytes with a browser engine. */
  printToPdf(html: string, paper: PaperSize): Promise<Uint8Array>;
}
