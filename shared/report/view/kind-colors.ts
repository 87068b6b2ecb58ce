/**
 * One colour per item kind. Each is a CSS variable with a fallback, so the app's theme can adjust them
 * and the printed report (no app stylesheet) still gets readable colours.
 */
import type { ItemKind } from '../../model/kinds';

const FALLBACKS: Record<ItemKind, string> = {
  post: '#2f6fd6',
  communityPost: '#7a52c7',
  deletedPost: '#c2410c',
  like: '#d6336c',
  bookmark: '#0f8b8d',
  grokMessage: '#1f9d55',
  directMessage: '#8a6d1f',
};

export function kindColor(kind: ItemKind): string {
  return `var(--kind-${kind}, ${FALLBACKS[kind]})`;
}
