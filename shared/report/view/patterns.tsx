/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * One black-and-white fill per item kind (solid, hatch, cross-hatch, dots, lines, grey), so the chart
 * reads on a monochrome printout without relying on colour.
 */
import type { ReactNode } from 'react';
import type { ItemKind } from '../../model/kinds';

const INK = '#1a1a1a';

export function patternId(prefix: string, kind: ItemKind): string {
  return `${prefix}-${kind}`;
}

export function KindPatterns({ prefix }: { prefix: string }) {
  const tile = (kind: ItemKind, children: ReactNode, size = 6) => (
    <pattern id={patternId(prefix, kind)} width={size} height={size} patternUnits="userSpaceOnUse">
      <rect width={size} height={size} fill="#fff" />
      {children}
    </pattern>
  );
  return (
    <defs>
      {tile('post', <rect width="6" height="6" fill={INK} />)}
      {tile('communityPost', <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={INK} strokeWidth="1.4" />)}
      {tile('deletedPost', <path d="M0,0 L6,6 M6,0 L0,6" stroke={INK} strokeWidth="1" />)}
      {tile('like', <circle cx="3" cy="3" r="1.3" fill={INK} />, 5)}
      {tile('bookmark', <path d="M0,1.5 H6 M0,4.5 H6" stroke={INK} strokeWidth="1" />)}
      {tile('grokMessage', <path d="M1.5,0 V6 M4.5,0 V6" stroke={INK} strokeWidth="1.2" />)}
      {tile('directMessage', <rect width="6" height="6" fill="#9a9a9a" />)}
    </defs>
  );
}
