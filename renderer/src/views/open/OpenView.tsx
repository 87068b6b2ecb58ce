import { useState } from 'react';
import { ArchiveGuide } from './ArchiveGuide';
import { RecentArchives } from './RecentArchives';
import { pickAndImport } from '../../app/open-archive';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDropNotice } from '../../stores/drop-notice-store';
import './open.css';

/** The start: drop or pick an archive, reopen a recent one, or learn how to get one. */
export function OpenView() {
  const notice = useDropNotice((s) => s.message);
  const [error, setError] = useState<string | null>(null);

  const pick = async (kind: 'file' | 'folder') => {
    setError(null);
    useDropNotice.getState().clear();
    setError(await pickAndImport(kind));
  };

  return (
    <div className="view open-view">
      <header className="view-header">
        <h1>Open your X archive</h1>
        <p className="lede">
          See which of your posts, likes, messages and Grok chats can be used to train AI, and how sensitive
          they are. Everything is read on this computer; nothing is sent anywhere.
        </p>
      </header>

      <section className="drop-card" aria-labelledby="drop-title">
        <div className="drop-card-icon" aria-hidden="true">
          ⤓
        </div>
        <h2 id="drop-title">Drop the zip file or its unpacked folder anywhere in this window</h2>
        <p className="muted">or choose it:</p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => void pick('file')}>
            Choose zip file…
          </button>
          <button type="button" className="button" onClick={() => void pick('folder')}>
            Choose folder…
          </button>
        </div>
        {notice && (
          <p className="notice notice-info" role="status">
            {notice}
          </p>
        )}
        {error && <ErrorNotice message={error} />}
      </section>

      <div className="open-columns">
        <RecentArchives />
        <ArchiveGuide />
      </div>
    </div>
  );
}
