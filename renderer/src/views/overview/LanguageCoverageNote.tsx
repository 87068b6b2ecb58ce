import { coverageLines } from '../../../../shared/exposure/coverage-text';
import type { LanguageCoverage } from '../../../../shared/model/summary';

/**
 * Which texts were checked for sensitive words, per language, and which could not be: a small card
 * for the Overview. Nothing is shown for a summary stored before coverage was computed.
 */
export function LanguageCoverageNote({ coverage }: { coverage: LanguageCoverage[] | undefined }) {
  if (!coverage || coverage.length === 0) return null;
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">Which texts were checked for sensitive words</h2>
      {coverageLines(coverage).map((line) => (
        <p key={line}>{line}</p>
      ))}
    </section>
  );
}
