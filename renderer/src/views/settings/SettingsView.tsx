import { ForgetArchiveSection } from './ForgetArchiveSection';
import { VisibilitySection } from './VisibilitySection';
import { CircleSection } from './CircleSection';
import { OwnWordsSection } from './OwnWordsSection';
import type { ArchiveViewProps } from '../../app/routes';
import './settings.css';

export function SettingsView({ archiveId }: ArchiveViewProps) {
  return (
    <div className="view view-narrow settings-view">
      <header className="view-header">
        <h1>Settings</h1>
      </header>
      <VisibilitySection archiveId={archiveId} />
      <CircleSection archiveId={archiveId} />
      <OwnWordsSection archiveId={archiveId} />
      <ForgetArchiveSection archiveId={archiveId} />
    </div>
  );
}
