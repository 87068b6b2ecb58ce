import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  onClick(): void;
  /** Said after the number by screen readers, e.g. "Show them". */
  label: string;
  testId?: string;
}

/** A number that opens the items it counts. */
export function CountLink({ children, onClick, label, testId }: Props) {
  return (
    <button type="button" className="count-link" onClick={onClick}>
      <span data-testid={testId}>{children}</span>
      <span className="sr-only"> ({label})</span>
    </button>
  );
}
