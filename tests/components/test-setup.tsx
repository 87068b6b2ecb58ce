/** Shared set-up for component tests: a fresh fake bridge and fresh stores per test. */
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import { App } from '../../renderer/src/App';
import { useBrowse } from '../../renderer/src/stores/browse-store';
import { useDetail } from '../../renderer/src/stores/detail-store';
import { useDropNotice } from '../../renderer/src/stores/drop-notice-store';
import { useImport } from '../../renderer/src/stores/import-store';
import { useLibrary } from '../../renderer/src/stores/library-store';
import { useNavigation } from '../../renderer/src/stores/navigation-store';
import { useOverview } from '../../renderer/src/stores/overview-store';
import { useSelection } from '../../renderer/src/stores/selection-store';
import { useChecklist } from '../../renderer/src/views/checklist/checklist-store';
import { createFakeBridge, installFakeBridge, type FakeBridge } from './fake-bridge';
import { ARCHIVE_ID } from './fixtures';

const STORES = [
  useBrowse,
  useDetail,
  useDropNotice,
  useImport,
  useLibrary,
  useNavigation,
  useOverview,
  useSelection,
  useChecklist,
];

export function resetStores(): void {
  for (const store of STORES)
    (store as { setState(s: unknown, replace: true): void }).setState(store.getInitialState(), true);
}

afterEach(() => {
  cleanup();
  useImport.getState().reset();
  resetStores();
});

/** Renders the whole app on `view`, with the fake archive selected unless `archive` is false. */
export function renderApp(
  view: Parameters<ReturnType<typeof useNavigation.getState>['go']>[0],
  options: { bridge?: FakeBridge; archive?: boolean } = {},
) {
  const bridge = options.bridge ?? createFakeBridge();
  installFakeBridge(bridge);
  resetStores();
  if (options.archive !== false) useNavigation.setState({ archiveId: ARCHIVE_ID });
  useNavigation.setState({ view });
  const result = render(<App />);
  return { bridge, ...result };
}
