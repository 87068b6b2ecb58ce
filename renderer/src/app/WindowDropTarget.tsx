import { useEffect, useState } from 'react';
import { importFromPath, pathOfDroppedFile, pickAndImport } from './open-archive';
import { useDropNotice } from '../stores/drop-notice-store';
import { useNavigation } from '../stores/navigation-store';

/**
 * Drop a zip or a folder anywhere on the window. When the shell gives no path for the dropped file,
 * say so and open the matching picker instead.
 */
export function WindowDropTarget() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      const path = pathOfDroppedFile(file);
      if (path) {
        useDropNotice.getState().clear();
        void importFromPath(path);
        return;
      }
      const isFolder = e.dataTransfer?.items[0]?.webkitGetAsEntry?.()?.isDirectory ?? false;
      useNavigation.getState().go('open');
      useDropNotice
        .getState()
        .show(
          `This window could not read where “${file.name}” is stored, so the ${isFolder ? 'folder' : 'file'} picker is open instead. Choose the same ${isFolder ? 'folder' : 'file'} there.`,
        );
      void pickAndImport(isFolder ? 'folder' : 'file').then(
        (error) => error && useDropNotice.getState().show(error),
      );
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">Drop your X archive (zip or folder) to open it</div>
    </div>
  );
}
