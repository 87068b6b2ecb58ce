/**
 * The facts data: every dated, sourced claim the app states about AI training on X data. The exposure
 * rules (../channels), the timeline (../policy-timeline), the checklist steps (../../checklist/steps) and
 * the report cite facts by id and sources by id; tests/unit/facts checks every citation resolves.
 *
 * To add facts on a new topic: create a file beside policy.ts exporting `const X_FACTS = {...} as const
 * satisfies Record<string, FactInput<SourceId>>`, spread it into ALL below, and add any new source to
 * ./sources. Nothing else to register.
 */
import type { Certainty } from '../../model/kinds';
import { formatDate } from '../../format/dates';
import { POLICY_FACTS } from './policy';
import { ACCOUNT_DATA_FACTS } from './account-data';
import { CIRCLE_FACTS } from './circle';
import { SOURCES, type SourceId } from './sources';
import type { FactInput, Source, Strength } from './types';

/** The day every fact, event and step below was last checked against its sources. */
export const FACTS_CHECKED_ON = '2026-12-06';

const ALL = { ...POLICY_FACTS, ...ACCOUNT_DATA_FACTS, ...CIRCLE_FACTS } as const;

export type FactId = keyof typeof ALL;

export interface PolicyFact extends FactInput<SourceId> {
  id: FactId;
}

export const FACTS: Readonly<Record<FactId, PolicyFact>> = Object.fromEntries(
  Object.entries(ALL).map(([id, fact]) => [id, { id, ...fact }]),
) as unknown as Record<FactId, PolicyFact>;

export const FACT_IDS = Object.keys(ALL) as FactId[];

export function isFactId(id: string): id is FactId {
  return Object.hasOwn(ALL, id);
}

/** The sources of a fact, resolved. */
export function factSources(id: FactId): Array<Source & { id: SourceId }> {
  return FACTS[id].sources.map((s) => ({ id: s, ...SOURCES[s] }));
}

/** "Publisher, Title, 4 Sep 2024; ..." for a reason's fact id, short enough for the app; null for an unknown id. */
export function citeFactBriefly(id: string | undefined): string | null {
  if (!id || !isFactId(id)) return null;
  return factSources(id)
    .map((s) => `${s.publisher}, ${s.title}, ${formatDate(s.date)}`)
    .join('; ');
}

export { SOURCES, SOURCE_IDS, type SourceId } from './sources';
export type { Certainty, FactInput, Source, Strength };
export { citeSource, factsCheckedLine } from './cite';
