import { describe, expect, it, vi } from 'vitest';
import { EVENT_METHODS, REQUEST_METHODS } from '../../../shared/ipc/api';

vi.mock('electron', () => import('../../mocks/electron'));

const { contextBridge, ipcRenderer } = await import('../../mocks/electron');
await import('../../../electron/preload/index');
const api = contextBridge.exposed.get('api') as Record<string, (...args: unknown[]) => unknown>;

describe('preload bridge', () => {
  it('exposes exactly one object, `api`, of named functions from the contract', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(REQUEST_METHODS), ...Object.keys(EVENT_METHODS), 'pathForDroppedFile'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('maps each named function to its own channel', async () => {
    ipcRenderer.invoked.length = 0;
    await api['getSummary']!({ archiveId: 'a1' });
    await api['listLibrary']!();
    expect(ipcRenderer.invoked).toEqual([
      { channel: 'archive:summary', req: { archiveId: 'a1' } },
      { channel: 'library:list', req: undefined },
    ]);
  });

  it('passes event payloads without the Electron event and unsubscribes cleanly', () => {
    const seen: unknown[] = [];
    const unsubscribe = api['onImportProgress']!((payload: unknown) => seen.push(payload)) as () => void;
    ipcRenderer.emit('import:progress', { sender: 'secret' }, { jobId: 'j1' });
    unsubscribe();
    ipcRenderer.emit('import:progress', { sender: 'secret' }, { jobId: 'j2' });
    expect(seen).toEqual([{ jobId: 'j1' }]);
    expect(ipcRenderer.listenerCount('import:progress')).toBe(0);
  });

  it('gives the path of a dropped file through webUtils, and null for anything else', () => {
    expect(api['pathForDroppedFile']!({ name: 'twitter-2026.zip' })).toBe('/dropped/twitter-2026.zip');
    expect(api['pathForDroppedFile']!({})).toBeNull();
    expect(api['pathForDroppedFile']!(null)).toBeNull();
  });

  it('turns main-process errors into the plain message written for the user', async () => {
    const original = ipcRenderer.invoke;
    ipcRenderer.invoke = () =>
      Promise.reject(
        new Error("Error invoking remote method 'archive:summary': Error: No archive with that id."),
      );
    await expect(api['getSummary']!({ archiveId: 'zz' })).rejects.toThrow(/^No archive with that id\.$/);
    ipcRenderer.invoke = original;
  });
});
