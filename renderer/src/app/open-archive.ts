/** Starting an import from a path, a dialog or a drop: the three ways in, one outcome. */
import { api, errorMessage } from '../bridge';
import { useImport } from '../stores/import-store';
import { useNavigation } from '../stores/navigation-store';

export async function importFromPath(path: string): Promise<void> {
  useNavigation.getState().go('import');
  await useImport.getState().start(path);
}

/** Opens the system dialog; resolves to an error message, or null when all went well or the user cancelled. */
export async function pickAndImport(kind: 'file' | 'folder'): Promise<string | null> {
  try {
    const { path } = await api().pickArchive({ kind });
    if (path) await importFromPath(path);
    return null;
  } catch (e) {
    return errorMessage(e);
  }
}

/** The path of a dropped file, when the shell provides one (Electron's webUtils, through the preload). */
export function pathOfDroppedFile(file: File): string | null {
  return api().pathForDroppedFile(file);
}
