/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * The whole report, from its model. Pure components without effects or DOM access, so the app's print
 * preview, renderToStaticMarkup (CLI, PDF) and the tests render exactly the same thing. Archive text is
 * rendered as React text nodes only.
 */
import { formatDate } from '../format';
import type { ReportModel } from '../model';
import { CannotUndoSection } from './sections/CannotUndoSection';
import { ChannelsSection } from './sections/ChannelsSection';
import { ChecklistSection } from './sections/ChecklistSection';
import { ComparisonSection } from './sections/ComparisonSection';
import { CountsSection } from './sections/CountsSection';
import { CoverSection } from './sections/CoverSection';
import { MethodSection } from './sections/MethodSection';
import { MissingSection } from './sections/MissingSection';
import { RightsSection } from './sections/RightsSection';
import { HeldDataSection } from './sections/HeldDataSection';
import { TimelineSection } from './sections/TimelineSection';
import { TopItemsSection } from './sections/TopItemsSection';

export function ReportDocument({ model }: { model: ReportModel }) {
  return (
    <article className={`xr xr-paper-${model.options.paper}`} lang="en">
      <CoverSection model={model} />
      <ChannelsSection model={model} />
      <TimelineSection model={model} />
      <CountsSection model={model} />
      <ComparisonSection model={model} />
      <TopItemsSection model={model} />
      <MissingSection model={model} />
      <HeldDataSection model={model} />
      <CannotUndoSection model={model} />
      <ChecklistSection model={model} />
      <RightsSection model={model} />
      <MethodSection model={model} />
      <footer className="xr-footer">
        Made on {formatDate(model.meta.reportGeneratedAt)} by X Exposure {model.meta.appVersion}, on your own
        computer, from the archive X made on {formatDate(model.meta.archiveGeneratedAt)}. Nothing was sent
        anywhere.
      </footer>
    </article>
  );
}
