/** Text with search matches wrapped in <mark>. Built from text nodes only: archive text is never HTML. */
export function HighlightedText({ text, matches }: { text: string; matches?: Array<[number, number]> }) {
  if (!matches || matches.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  const ordered = [...matches].sort((a, b) => a[0] - b[0]);
  for (const [rawStart, rawEnd] of ordered) {
    const start = Math.max(cursor, Math.min(rawStart, text.length));
    const end = Math.max(start, Math.min(rawEnd, text.length));
    if (end <= start) continue;
    if (start > cursor) parts.push(text.slice(cursor, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    cursor = end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
