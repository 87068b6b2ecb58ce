/** Shown for a navigation entry whose view is not part of this build. */
export function PendingView({ title }: { title: string }) {
  return (
    <section className="view view-narrow" aria-labelledby="pending-title">
      <h1 id="pending-title">{title}</h1>
      <p className="muted">This part of the app is not included in this build.</p>
    </section>
  );
}
