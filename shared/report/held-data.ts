/** "What X knows about you" for the report: the app's presentation, with each part's sources numbered. */
import type { AccountData } from '../model/account-data';
import {
  presentAccountData,
  type PresentedAccountData,
  type PresentedSection,
} from '../account-data/present';
import type { SourceNumbering } from './sources';

export interface ReportHeldSection extends PresentedSection {
  /** "[3, 7]": the numbered sources of the facts the channel sentences rest on. */
  sources: string;
}

export interface ReportHeldData extends Omit<PresentedAccountData, 'sections'> {
  sections: ReportHeldSection[];
}

export function reportHeldData(data: AccountData, redact: boolean, refs: SourceNumbering): ReportHeldData {
  const presented = presentAccountData(data, { redact });
  return {
    ...presented,
    sections: presented.sections.map((s) => ({
      ...s,
      sources: refs.citeFacts(s.coverage.flatMap((c) => c.facts)),
    })),
  };
}
