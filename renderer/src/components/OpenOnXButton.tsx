import { useState } from 'react';
import { api, errorMessage } from '../bridge';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorNotice } from './ErrorNotice';

interface Props {
  /** A post or a settings page on x.com; the engine refuses anything else. */
  url: string;
  label: string;
  /** What opens, for the dialog's title: "this post", "this setting". */
  what: string;
  primary?: boolean;
}

/** Opens a page on x.com in the system browser, after the person confirms. The app itself stays offline. */
export function OpenOnXButton({ url, label, what, primary = false }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async () => {
    setConfirming(false);
    try {
      await api().openPost({ url });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="open-on-x">
      <button
        type="button"
        className={primary ? 'button primary' : 'button'}
        onClick={() => setConfirming(true)}
      >
        {label}
      </button>
      {error && <ErrorNotice message={error} />}
      {confirming && (
        <ConfirmDialog
          title={`Open ${what} on x.com?`}
          confirmLabel="Open in browser"
          onConfirm={() => void open()}
          onCancel={() => setConfirming(false)}
        >
          <p>Your web browser will open and connect to x.com. This app itself stays offline.</p>
          <p className="mono small">{url}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
