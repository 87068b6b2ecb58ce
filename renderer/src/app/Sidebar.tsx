import { NAV_ENTRIES } from './nav';
import { useImport } from '../stores/import-store';
import { useLibrary } from '../stores/library-store';
import { useNavigation } from '../stores/navigation-store';

/** The left navigation: the views, the archive they are about, and a running import. */
export function Sidebar() {
  const view = useNavigation((s) => s.view);
  const archiveId = useNavigation((s) => s.archiveId);
  const go = useNavigation((s) => s.go);
  const entry = useLibrary((s) => s.entries?.find((e) => e.archiveId === archiveId));
  const importPhase = useImport((s) => s.phase);
  const importing = importPhase === 'starting' || importPhase === 'running' || importPhase === 'cancelling';

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◐
        </span>
        X Exposure
      </div>
      {entry && (
        <div className="sidebar-archive" title={entry.sourcePath}>
          <span className="sidebar-archive-label">Archive</span>
          <span className="sidebar-archive-name">
            @<bdi>{entry.account.username}</bdi>
          </span>
        </div>
      )}
      <ul className="nav-list">
        {NAV_ENTRIES.map((item) => {
          const disabled = item.needsArchive && !archiveId;
          const current = view === item.id || (item.id === 'open' && view === 'import');
          return (
            <li key={item.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={current ? 'page' : undefined}
                disabled={disabled}
                title={disabled ? 'Open an archive first' : undefined}
                onClick={() => go(item.id)}
              >
                {item.label}
              </button>
            </li>
          );
        })}
      </ul>
      {importing && view !== 'import' && (
        <button type="button" className="nav-import" onClick={() => go('import')}>
          Import in progress…
        </button>
      )}
      <p className="sidebar-foot">Everything stays on this computer.</p>
    </nav>
  );
}
