import { ProtectedRangesForm, type RangeWording } from './ProtectedRangesForm';
import type { ProtectedRange } from '../../../../shared/model/overview';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RecheckStatus } from './RecheckStatus';
import { useVisibilitySettings } from './use-visibility-settings';

const CIRCLE_WORDING: RangeWording = {
  lead: 'My posts went to my Circle only…',
  none: 'No Circle periods: your posts went to everyone who could see your account.',
  state: 'Circle only',
  add: 'Add a Circle period',
  save: 'Save Circle periods and re-check',
};

/** Mark when the person posted to their Twitter Circle only; the engine re-classifies every item. */
export function CircleSection({ archiveId }: { archiveId: string }) {
  const { settings, error, saving, saved, formKey, job, save } = useVisibilitySettings(archiveId);
  const saveCircle = (circleRanges: ProtectedRange[]) =>
    save({ circleRanges }, (summary) => {
      const n = summary.exposure.visibility.circle;
      return `Saved. ${n.toLocaleString('en')} of your posts now count as shared with your Circle only.`;
    });
  const circleRanges = settings?.circleRanges ?? [];

  return (
    <section className="card" aria-labelledby="circle-title">
      <h2 id="circle-title">Posts shared with your Circle</h2>
      <p>
        Twitter Circle (Aug 2022 - Oct 2023) let you post to a chosen few; your archive does not mark those
        posts. If you used it, give the dates here. Only your own posts in those dates count; dates outside
        the time Circle existed are left out.
      </p>
      {error && <ErrorNotice message={error} />}
      {!settings && !error && <p className="muted">Loading…</p>}
      {settings?.archiveMarksCircle && (
        <p className="muted">
          This archive lists your Circle posts itself, so they already count as shared with your Circle.
        </p>
      )}
      {settings && !settings.archiveMarksCircle && (
        <>
          <ProtectedRangesForm
            key={formKey}
            initial={circleRanges}
            saving={saving}
            wording={CIRCLE_WORDING}
            onSave={(ranges) => void saveCircle(ranges)}
          />
          {circleRanges.length > 0 && (
            <button
              type="button"
              className="button subtle"
              disabled={saving}
              onClick={() => void saveCircle([])}
            >
              Remove my Circle periods
            </button>
          )}
          <RecheckStatus running={job.running} onCancel={job.cancel} saved={saved} />
        </>
      )}
    </section>
  );
}
