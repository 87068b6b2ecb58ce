/** How to get the archive from X (facts from the policy notes, §4.4; the help page's wording is unconfirmed). */
export function ArchiveGuide() {
  return (
    <section className="card guide" aria-labelledby="guide-title">
      <h2 id="guide-title">How to get your archive from X</h2>
      <ol className="guide-steps">
        <li>
          On x.com, open{' '}
          <strong>Settings and privacy → Your account → Download an archive of your data</strong>.
        </li>
        <li>Enter your password and the verification code X sends you by email or text message.</li>
        <li>
          Choose <strong>Request archive</strong>. X tells you by email and in the app when it is ready.
        </li>
        <li>Download the zip file while logged in, then drop it here. There is no need to unpack it.</li>
      </ol>
      <p className="muted">
        Waiting time: usually about 24 hours, sometimes two days or more, by users’ reports.{' '}
        <span className="tag tag-uncertain" title="X’s current help page could not be checked">
          uncertain
        </span>
      </p>
      <p className="muted">
        The download is a zip named like <code>twitter-2026-07-25-….zip</code>. Large accounts get files of
        several gigabytes; that is fine.
      </p>
    </section>
  );
}
