import { useEffect, useState } from 'react';
import type { VisibilityChange, VisibilitySettings } from '../../../../shared/model/overview';
import type { ArchiveSummary } from '../../../../shared/model/summary';
import { api, errorMessage } from '../../bridge';
import { useJob } from '../../jobs/use-job';
import { refreshAfterRecheck } from './refresh-after-recheck';

/**
 * The archive's visibility settings and the one way to change them: the user's protected or Circle
 * periods are saved by the visibility job, which checks every item again; cached results are dropped.
 */
export function useVisibilitySettings(archiveId: string) {
  const [settings, setSettings] = useState<VisibilitySettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const job = useJob();

  useEffect(() => {
    let live = true;
    api()
      .getVisibility({ archiveId })
      .then((s) => live && setSettings(s))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [archiveId]);

  /** Saves the change; `savedMessage` says what it did, from the new summary. */
  const save = async (change: VisibilityChange, savedMessage: (summary: ArchiveSummary) => string) => {
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      // A job: every item is checked again, which takes a while in a large archive.
      const summary = (await job.run('visibility', () => api().setVisibility({ archiveId, ...change })))!;
      setSettings(await api().getVisibility({ archiveId }));
      setFormKey((k) => k + 1);
      refreshAfterRecheck(archiveId);
      setSaved(savedMessage(summary));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return { settings, error, saving, saved, formKey, job, save };
}
