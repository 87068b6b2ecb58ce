/**
 * The shapes of the facts data: sources a person can look up, dated claims resting on them, and the
 * date the whole set was last checked. Every claim, timeline event and checklist step cites sources by id.
 */
import type { Certainty } from '../../model/kinds';

/** primary: X's own legal text, a law or a regulator; press: reputable press; secondary: blogs, studies, tool code. */
export type Strength = 'primary' | 'press' | 'secondary';

export interface Source {
  /** Who published it, as a person would name it ("Data Protection Commission (Ireland)"). */
  publisher: string;
  title: string;
  /** yyyy-mm-dd, yyyy-mm or yyyy: the date of the evidence. */
  date: string;
  /** Where to look it up, as text (the app never opens it). Says so when only the site is known. */
  address: string;
  strength: Strength;
  /** How we read it, when not first-hand ("as recorded by Open Terms Archive"). */
  via?: string;
}

export interface FactInput<S extends string> {
  /** One or two plain sentences. Uncertain claims say so in their own words. */
  claim: string;
  /** yyyy-mm-dd, yyyy-mm or yyyy: when what the claim says took effect or happened. */
  date: string;
  sources: readonly S[];
  strength: Strength;
  certainty: Certainty;
}
