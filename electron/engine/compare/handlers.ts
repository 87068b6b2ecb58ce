/** The compare channel's handler, spread into the service's handlers. */
import type { Req, RequestChannel, Res } from '../../../shared/ipc/contract';
import type { RemoteEngine } from '../worker/engine-client';

export type CompareChannel = Extract<RequestChannel, `compare:${string}`>;
export type CompareHandlers = { [C in CompareChannel]: (req: Req<C>) => Promise<Res<C>> | Res<C> };

export function createCompareHandlers({ engine }: { engine: RemoteEngine }): CompareHandlers {
  return { 'compare:run': ({ olderId, newerId }) => engine.compareArchives(olderId, newerId) };
}
