/**
 * The report's numbered list of sources: every source the report cites, numbered in the order it is
 * first cited, so each claim can say "[3, 7]" and a reader can look each one up by publisher, title,
 * date and address. No internal tags.
 */
import { FACTS, SOURCES, type FactId, type SourceId } from '../exposure/facts';
import type { ReportSource } from './model';

export class SourceNumbering {
  private readonly numbers = new Map<SourceId, number>();

  /** "[1, 4]" for these sources, numbering any not yet cited. */
  cite(ids: readonly SourceId[]): string {
    const nums = [...new Set(ids)].map((id) => this.number(id)).sort((a, b) => a - b);
    return nums.length > 0 ? `[${nums.join(', ')}]` : '';
  }

  /** "[1, 4]" for the sources of these facts. */
  citeFacts(ids: readonly FactId[]): string {
    return this.cite(ids.flatMap((id) => FACTS[id].sources));
  }

  private number(id: SourceId): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(id, n);
    }
    return n;
  }

  list(): ReportSource[] {
    return [...this.numbers].map(([id, number]) => {
      const s = SOURCES[id];
      return {
        number,
        publisher: s.publisher,
        title: s.title,
        date: s.date,
        address: s.address,
        via: 'via' in s ? s.via : null,
        strength: s.strength,
      };
    });
  }
}
