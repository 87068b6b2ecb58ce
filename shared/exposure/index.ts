/** The exposure model's public surface: classification, visibility, policy data, level rule, totals. */
export { classifyItem, detectFlags } from './classify';
export { FACTS, FACT_IDS, FACTS_CHECKED_ON, type FactId, type PolicyFact, type Strength } from './facts';
export { LEVEL_RULE_TEXT, levelFor, PERSONAL_FLAGS, SENSITIVE_FLAGS } from './level';
export { POLICY_DATES, POLICY_TIMELINE, type PolicyEvent } from './policy-timeline';
export { addToExposureSummary, emptyExposureSummary, summariseExposure } from './summary';
export type { ChannelVerdict, Classification, ClassifyContext, ClassifyInput } from './types';
export {
  protectedRangesFromHistory,
  publicAnyTimeBetween,
  SINCE_BEGINNING,
  visibilityAt,
  type ProtectEvent,
} from './visibility';
