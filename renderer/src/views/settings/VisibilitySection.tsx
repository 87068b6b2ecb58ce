import { ProtectedRangesForm } from './ProtectedRangesForm';
import type { ProtectedRange } from '../../../../shared/model/overview';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RecheckStatus } from './RecheckStatus';
import { formatDate } from '../../../../shared/format/dates';
import { useVisibilitySettings } from './use-visibility-settings';

/** Correct the assumption about when the account was protected; the engine re-classifies every item. */
export function VisibilitySection({ archiveId }: { archiveId: string }) {
  const { settings, error, saving, saved, formKey, job, save: saveChange } = useVisibilitySettings(archiveId);
  const save = (ranges: ProtectedRange[] | null) =>
    saveChange({ ranges }, (summary) => {
      const v = summary.exposure.visibility;
      return `Saved. Your posts now count as ${v.public + v.assumedPublic} public and ${v.protected} protected when written.`;
    });

  return (
    <section className="card" aria-labelledby="visibility-title">
      <h2 id="visibility-title">When was your account protected?</h2>
      <p>
        Whether a post was public decides whether it could be used to train Grok and whether anyone could copy
        it. The archive records when you protected or unprotected your account, but{' '}
        <strong>X keeps only about six months of this history</strong>, so older changes may be missing. If
        you remember protecting your account, add those periods here.
      </p>
      {error && <ErrorNotice message={error} />}
      {!settings && !error && <p className="muted">Loading…</p>}
      {settings && (
        <>
          <h3 className="subhead">From your archive</h3>
          {settings.hasHistory ? (
            <ul className="plain-list">
              {settings.fromArchive.length === 0 && <li>Public throughout the recorded history.</li>}
              {settings.fromArchive.map((r) => (
                <li key={`${r.from}-${r.to}`}>
                  Protected from {formatDate(r.from)} to {r.to ? formatDate(r.to) : 'now'}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              No protect or unprotect events in the archive, so your account is assumed to have been public.
            </p>
          )}
          <h3 className="subhead">{settings.userRanges ? 'Your correction (in use)' : 'Your correction'}</h3>
          <ProtectedRangesForm
            key={formKey}
            initial={settings.userRanges ?? settings.fromArchive}
            saving={saving}
            onSave={(ranges) => void save(ranges)}
          />
          {settings.userRanges && (
            <button type="button" className="button subtle" disabled={saving} onClick={() => void save(null)}>
              Go back to the archive’s history
            </button>
          )}
          <RecheckStatus running={job.running} onCancel={job.cancel} saved={saved} />
        </>
      )}
    </section>
  );
}
