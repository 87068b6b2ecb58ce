import { useState } from 'react';
import { errorMessage } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useBrowse } from '../../stores/browse-store';
import { useLibrary } from '../../stores/library-store';
import { useNavigation } from '../../stores/navigation-store';
import { useOverview } from '../../stores/overview-store';

/** Deletes the app's copy of the archive (its database files). The original zip or folder is untouched. */
export function ForgetArchiveSection({ archiveId }: { archiveId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const entry = useLibrary((s) => s.entries?.find((e) => e.archiveId === archiveId));
  const name = entry ? `@${entry.account.username}` : 'this archive';

  const forget = async () => {
    setConfirming(false);
    try {
      await useLibrary.getState().forget(archiveId);
      useOverview.getState().invalidate(archiveId);
      if (useBrowse.getState().archiveId === archiveId) useBrowse.setState({ archiveId: null });
      useNavigation.getState().clearArchive();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="card" aria-labelledby="forget-title">
      <h2 id="forget-title">Forget this archive</h2>
      <p>
        Deletes everything X Exposure stored about {name} on this computer. The archive you downloaded from X
        is not touched; you can import it again at any time.
      </p>
      {error && <ErrorNotice message={error} />}
      <button type="button" className="button danger" onClick={() => setConfirming(true)}>
        Forget {name}…
      </button>
      {confirming && (
        <ConfirmDialog
          title={`Forget ${name}?`}
          confirmLabel="Forget archive"
          danger
          onConfirm={() => void forget()}
          onCancel={() => setConfirming(false)}
        >
          <p>The imported data and your corrections for this archive will be deleted from this computer.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
