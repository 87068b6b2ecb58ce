import { useEffect } from 'react';
import type { ItemRow } from '../../../../shared/model/items';
import type { ArchiveSummary } from '../../../../shared/model/summary';
import { formatCount, plural } from '../../../../shared/format/numbers';
import { showItem, showItems } from '../../app/show-items';
import { FlagChips, LevelBadge } from '../../components/Badges';
import { ItemSnippet } from '../../components/ItemSnippet';
import { useNavigation } from '../../stores/navigation-store';
import { useChecklist } from '../checklist/checklist-store';
import { recommendedProgress } from '../checklist/step-order';
import { CountLink } from './CountLink';

const TOP_ITEMS = 3;

/**
 * The first thing a person reads: what share of their items can reach AI training and through which
 * doors, the few items that matter most, and the one thing to do next.
 */
export function OverviewAnswer({ summary, top }: { summary: ArchiveSummary; top: ItemRow[] }) {
  const { archiveId, exposure } = summary;
  const total = exposure.levels.high + exposure.levels.medium + exposure.levels.low;
  const shared = exposure.channels.thirdParty;
  const show = (channel: 'thirdParty' | 'grokTraining' | 'openWeb') =>
    showItems(archiveId, { channels: [channel] });

  return (
    <section className="card answer" aria-labelledby="answer-title">
      <h2 id="answer-title" className="answer-sentence">
        {shared === total ? (
          <>
            All{' '}
            <CountLink testId="answer-shared" onClick={() => show('thirdParty')} label="Show them">
              {formatCount(shared)}
            </CountLink>{' '}
            of your items can be shared with other companies to train their AI.
          </>
        ) : (
          <>
            <CountLink testId="answer-shared" onClick={() => show('thirdParty')} label="Show them">
              {formatCount(shared)}
            </CountLink>{' '}
            of your {formatCount(total)} items can be shared with other companies to train their AI.
          </>
        )}{' '}
        <CountLink testId="answer-public" onClick={() => show('openWeb')} label="Show them">
          {formatCount(exposure.channels.openWeb)}
        </CountLink>{' '}
        are public, so any AI company’s crawler can read them, and{' '}
        <CountLink testId="answer-grok" onClick={() => show('grokTraining')} label="Show them">
          {formatCount(exposure.channels.grokTraining)}
        </CountLink>{' '}
        may be used to train Grok, the AI of X’s owner.
      </h2>
      <NextStep archiveId={archiveId} />
      {top.length > 0 && (
        <div className="answer-top">
          <h3 className="answer-top-title">What matters most</h3>
          <ul className="top-list">
            {top.slice(0, TOP_ITEMS).map((row) => (
              <li key={row.id}>
                <button type="button" className="top-item" onClick={() => showItem(archiveId, row.id)}>
                  <span className="top-item-meta">
                    <LevelBadge level={row.level} />
                    <span className="chips">
                      <FlagChips flags={row.flags} />
                    </span>
                  </span>
                  <ItemSnippet row={row} />
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="link-button"
            onClick={() => showItems(archiveId, { levels: ['high'] })}
          >
            See every item rated high
          </button>
        </div>
      )}
    </section>
  );
}

/** "Reduce it: 5 steps", and how far the person has got. */
function NextStep({ archiveId }: { archiveId: string }) {
  const view = useChecklist((s) => s.byArchive[archiveId]);
  const load = useChecklist((s) => s.load);
  const follow = useNavigation((s) => s.follow);
  useEffect(() => {
    if (!view) void load(archiveId);
  }, [archiveId, view, load]);

  const progress = view ? recommendedProgress(view) : null;
  const label =
    progress === null
      ? 'Reduce it'
      : progress.left === 0
        ? 'Review what you did'
        : `Reduce it: ${plural(progress.left, 'step', 'steps')}`;
  return (
    <div className="answer-action">
      <button type="button" className="button primary large" onClick={() => follow('checklist')}>
        {label}
      </button>
      {progress && progress.total > 0 && (
        <p className="answer-progress" data-testid="answer-progress">
          {progress.done} of {progress.total} recommended steps done
        </p>
      )}
    </div>
  );
}
