import type { ArchiveSummary } from '../../../../shared/model/summary';
import { formatCount, plural } from '../../format/numbers';

/** The three numbers a person should take away first. */
export function HeadlineSummary({ summary }: { summary: ArchiveSummary }) {
  const { exposure } = summary;
  const inScope = exposure.channels.thirdParty;
  const wasPublic = exposure.visibility.public + exposure.visibility.assumedPublic;
  const sensitive = exposure.levels.high;
  return (
    <section className="card headline" aria-labelledby="headline-title">
      <h2 id="headline-title" className="headline-text">
        <strong data-testid="headline-in-scope">{formatCount(inScope)}</strong> of your items are in scope of
        third-party AI training; <strong data-testid="headline-public">{formatCount(wasPublic)}</strong> were
        public; <strong data-testid="headline-sensitive">{formatCount(sensitive)}</strong> look sensitive.
      </h2>
      <ul className="headline-notes">
        <li>
          In scope: every item X holds falls under the “third-party collaborators” clause of its privacy
          policy (in force since 15 Nov 2024), unless you opted out.
        </li>
        <li>
          Public: posts that were public when you wrote them.
          {exposure.visibility.assumedPublic > 0 &&
            ` For ${plural(exposure.visibility.assumedPublic, 'post', 'posts')} this is assumed: X keeps only about six months of the history of protecting your account. You can correct it in Settings.`}
        </li>
        <li>Sensitive: items rated high, because of what they reveal and how widely they could be used.</li>
      </ul>
    </section>
  );
}
