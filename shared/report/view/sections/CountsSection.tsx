/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** Counts per kind, post type, flag and level, and visibility with its caveat. */
import type { ReportModel } from '../../model';
import { CountTable } from '../parts';

export function CountsSection({ model }: { model: ReportModel }) {
  const total = model.headline.totalItems;
  const posts = model.kinds.find((k) => k.key === 'post')?.count ?? 0;
  const postTotal = model.visibility.rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <section className="xr-section" aria-labelledby="xr-counts">
      <h2 id="xr-counts">What is in your archive</h2>
      <div className="xr-tables">
        <CountTable caption="Items by kind" rows={model.kinds} of={total} />
        <CountTable caption="Exposure level" rows={model.levels} of={total} />
        <CountTable caption="Sensitive content found" rows={model.flags} of={total} />
        <div>
          <CountTable caption="Among your posts" rows={model.postTypes} of={posts} />
          <CountTable caption="Visibility of posts when made" rows={model.visibility.rows} of={postTotal} />
        </div>
      </div>
      <p className="xr-notice xr-keep">{model.visibility.note}</p>
    </section>
  );
}
