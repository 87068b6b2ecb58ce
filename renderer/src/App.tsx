import { useEffect, useRef } from 'react';
import { ARCHIVE_VIEWS } from './app/routes';
import { Sidebar } from './app/Sidebar';
import { WindowDropTarget } from './app/WindowDropTarget';
import { ErrorBoundary } from './components/ErrorBoundary';
import { useImport } from './stores/import-store';
import { useLibrary } from './stores/library-store';
import { useNavigation } from './stores/navigation-store';
import { ImportView } from './views/import/ImportView';
import { OpenView } from './views/open/OpenView';

export function App() {
  const view = useNavigation((s) => s.view);
  const archiveId = useNavigation((s) => s.archiveId);
  const viewKey = useNavigation((s) => s.viewKey);
  const reloadView = useNavigation((s) => s.reloadView);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    void useLibrary.getState().refresh();
    return useImport.getState().listen();
  }, []);

  // Move focus to the new view so keyboard and screen-reader users land on it.
  useEffect(() => {
    mainRef.current?.focus({ preventScroll: true });
  }, [view]);

  let content;
  if (view === 'open') content = <OpenView />;
  else if (view === 'import') content = <ImportView />;
  else if (!archiveId) content = <OpenView />;
  else {
    const ArchiveView = ARCHIVE_VIEWS[view];
    content = <ArchiveView archiveId={archiveId} />;
  }

  return (
    <div className="app">
      <Sidebar />
      <main className="main" ref={mainRef} tabIndex={-1}>
        <ErrorBoundary key={`${view}:${viewKey}`} onReload={reloadView}>
          {content}
        </ErrorBoundary>
      </main>
      <WindowDropTarget />
    </div>
  );
}
