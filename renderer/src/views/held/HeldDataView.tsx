import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ArchiveViewProps } from '../../app/routes';
import type { AccountData } from '../../../../shared/model/account-data';
import { presentAccountData } from '../../../../shared/account-data/present';
import { formatCount } from '../../../../shared/format/numbers';
import { api, errorMessage } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useNavigation } from '../../stores/navigation-store';
import { HeldSectionCard } from './HeldSectionCard';
import './held.css';

const TITLE = 'What X knows about you';

/** Everything X holds about the person beyond their posts, section by section, with who may use it. */
export function HeldDataView({ archiveId }: ArchiveViewProps) {
  // Kept with the archive it belongs to, so another archive's answer is never shown while loading.
  const [state, setState] = useState<{ archiveId: string; data?: AccountData; error?: string } | null>(null);

  const load = useCallback(() => {
    api()
      .getAccountData({ archiveId })
      .then(
        (data) => setState({ archiveId, data }),
        (e: unknown) => setState({ archiveId, error: errorMessage(e) }),
      );
  }, [archiveId]);

  useEffect(() => {
    load();
  }, [load]);

  const current = state?.archiveId === archiveId ? state : null;
  const data = current?.data ?? null;
  const error = current?.error ?? null;
  const go = useNavigation((s) => s.go);
  const presented = useMemo(() => (data ? presentAccountData(data, { redact: false }) : null), [data]);

  if (error) {
    return (
      <div className="view">
        <h1>{TITLE}</h1>
        <ErrorNotice
          message={error}
          onRetry={() => {
            setState(null);
            load();
          }}
        />
      </div>
    );
  }
  if (!presented) {
    return (
      <div className="view" aria-busy="true">
        <h1>{TITLE}</h1>
        <p className="muted">Reading what your archive says about you…</p>
      </div>
    );
  }
  return (
    <div className="view view-narrow held-view">
      <header className="view-header">
        <h1>{TITLE}</h1>
        <p>
          Besides your posts, X keeps data about you and how you use it. X’s privacy policy lets it share
          “your information” with third-party collaborators who may train AI on it unless you opt out. This is
          what your archive shows of it.
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => go('checklist')}>
            See how to opt out
          </button>
        </div>
      </header>
      {presented.sections.map((s) => (
        <HeldSectionCard key={s.id} section={s} />
      ))}
      <section className="card" aria-labelledby="held-not-analysed">
        <h2 id="held-not-analysed">Not analysed yet</h2>
        <p>{presented.notAnalysed.summary}</p>
        {presented.notAnalysed.files.length > 0 && (
          <>
            <ul className="held-files">
              {presented.notAnalysed.files.map((f) => (
                <li key={f.path}>
                  {f.label}: {formatCount(f.records)} {f.records === 1 ? 'record' : 'records'}
                </li>
              ))}
            </ul>
            {/* File names only under a toggle, as on the import page. */}
            <details className="file-names">
              <summary>File names ({formatCount(presented.notAnalysed.files.length)})</summary>
              <ul className="mono small">
                {presented.notAnalysed.files.map((f) => (
                  <li key={f.path}>
                    <bdi>{f.path}</bdi>
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </section>
    </div>
  );
}
