import { useEffect, useState } from 'react';
import {
  OWN_WORD_FLAGS,
  type OwnWordFlag,
  type OwnWords,
} from '../../../../shared/exposure/detectors/own-words';
import { FLAG_LABELS } from '../../../../shared/format/labels';
import { formatCount } from '../../../../shared/format/numbers';
import { api, errorMessage } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { RecheckStatus } from './RecheckStatus';
import { useJob } from '../../jobs/use-job';
import { JobCancelled } from '../../jobs/run-job';
import type { OwnWordsArchive, OwnWordsResult, OwnWordsState } from '../../../../shared/model/own-words';
import { refreshAfterRecheck } from './refresh-after-recheck';

/** What a person might list under each category, in plain words. */
const EXAMPLES: Record<OwnWordFlag, string> = {
  health: 'a medicine you take, your doctor’s or clinic’s name',
  religion: 'your place of worship',
  politics: 'a party or group you belong to',
  sexuality: 'a bar or group you go to',
  ethnicity: 'your community’s name',
  union: 'your union or branch',
  family: 'your children’s or partner’s names',
  location: 'your street, your town, your employer',
};

function waitingLine(waiting: number): string {
  return waiting === 1
    ? '1 archive of this account still waits to be checked with them; it is checked when you open it'
    : `${formatCount(waiting)} archives of this account still wait to be checked with them; each is checked when you open it`;
}

function savedLine(result: OwnWordsResult): string {
  const high = result.summary.exposure.levels.high;
  const count = `${formatCount(high)} ${high === 1 ? 'item is' : 'items are'} now highly sensitive`;
  return result.archives.length > 1
    ? `Saved. Every item of this account’s ${formatCount(result.archives.length)} archives was checked again: in this one, ${count}.`
    : `Saved. Every item was checked again: ${count}.`;
}

/** Words and names sensitive for the person alone, per category; saving checks every item again. */
export function OwnWordsSection({ archiveId }: { archiveId: string }) {
  const [words, setWords] = useState<OwnWords | null>(null);
  const [archives, setArchives] = useState<OwnWordsArchive[]>([]);
  const [drafts, setDrafts] = useState<Partial<Record<OwnWordFlag, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const job = useJob();

  const show = (state: OwnWordsState) => {
    setWords(state.words);
    setArchives(state.archives);
  };

  useEffect(() => {
    let live = true;
    api()
      .getOwnWords({ archiveId })
      .then((state) => live && show(state))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [archiveId]);

  const change = (flag: OwnWordFlag, list: string[]) => {
    setSaved(null);
    setWords((w) => ({ ...w, [flag]: list }));
  };
  const add = (flag: OwnWordFlag) => {
    const word = (drafts[flag] ?? '').trim();
    const list = words?.[flag] ?? [];
    if (word && !list.some((w) => w.toLowerCase() === word.toLowerCase())) change(flag, [...list, word]);
    setDrafts((d) => ({ ...d, [flag]: '' }));
  };

  const save = async () => {
    if (!words) return;
    setError(null);
    setSaved(null);
    try {
      // A job: every item of the account's archives is checked again, which takes a while.
      const result = (await job.run('ownWords', () => api().setOwnWords({ archiveId, words })))!;
      show(result);
      for (const id of result.rechecked) refreshAfterRecheck(id);
      setSaved(savedLine(result));
    } catch (e) {
      // Cancelled part way, the archives done were checked with the new words: show where each stands.
      const state = await api()
        .getOwnWords({ archiveId })
        .catch(() => null);
      if (state) show(state);
      for (const a of state?.archives ?? []) refreshAfterRecheck(a.archiveId);
      const waiting = state?.archives.filter((a) => !a.upToDate).length ?? 0;
      setError(
        e instanceof JobCancelled && waiting > 0
          ? `Cancelled part way. Your words are saved, but ${waitingLine(waiting)}.`
          : errorMessage(e),
      );
    }
  };
  const waiting = archives.filter((a) => !a.upToDate).length;

  return (
    <section className="card" aria-labelledby="own-words-title">
      <h2 id="own-words-title">Your own sensitive words</h2>
      <p>
        Some words matter only to you: your street, your children’s names, your employer, a medicine you take.
        Add them here and every post and message that mentions them is marked as sensitive, with “your own
        list” as the reason. They stay on this computer and are kept when you import this account’s archive
        again.
      </p>
      {error && <ErrorNotice message={error} />}
      {archives.length > 1 && (
        <p>
          They apply to all {formatCount(archives.length)} archives of this account: saving checks each of
          them again.
        </p>
      )}
      {waiting > 0 && !job.running && <p className="notice">{waitingLine(waiting)}.</p>}
      {!words && !error && <p className="muted">Loading…</p>}
      {words && (
        <>
          {OWN_WORD_FLAGS.map((flag) => {
            const label = FLAG_LABELS[flag];
            const list = words[flag] ?? [];
            return (
              <fieldset key={flag} className="own-words-category">
                <legend>{label}</legend>
                <p className="muted">For example {EXAMPLES[flag]}.</p>
                {list.length > 0 && (
                  <ul className="plain-list">
                    {list.map((word) => (
                      <li key={word}>
                        {word}{' '}
                        <button
                          type="button"
                          className="button subtle"
                          aria-label={`Remove ${word} from ${label}`}
                          disabled={!!job.running}
                          onClick={() =>
                            change(
                              flag,
                              list.filter((w) => w !== word),
                            )
                          }
                        >
                          Remove
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <form
                  className="own-words-add"
                  onSubmit={(e) => {
                    e.preventDefault();
                    add(flag);
                  }}
                >
                  <input
                    type="text"
                    maxLength={100}
                    aria-label={`A word for ${label}`}
                    value={drafts[flag] ?? ''}
                    onChange={(e) => setDrafts((d) => ({ ...d, [flag]: e.target.value }))}
                  />
                  <button type="submit" className="button subtle" disabled={!!job.running}>
                    Add
                  </button>
                </form>
              </fieldset>
            );
          })}
          <button type="button" className="button" disabled={!!job.running} onClick={() => void save()}>
            Save and check again
          </button>
          <RecheckStatus running={job.running} onCancel={job.cancel} saved={saved} />
        </>
      )}
    </section>
  );
}
