export * from './types';
export { CHECKLIST_STEPS, CHECKLIST_CONTENT_AS_OF, LABELS_NOTE } from './steps';
export { CANNOT_UNDO } from './caveat';
export { resolveSources } from './steps';
export { findEuHints, placeHintStrength, type EuEvidence } from './eu-hints';
export { tailorChecklist, tailorStep, type TailorInput } from './tailor';
export {
  archiveCategories,
  letterText,
  NO_RIGHT_KNOWN,
  rightsOffer,
  type RightsLetter,
  type RightsOffer,
} from './rights/letter';
export {
  isResidence,
  RESIDENCE_LABELS,
  RESIDENCES,
  residenceFromHints,
  type Residence,
} from './rights/residence';
