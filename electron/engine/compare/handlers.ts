/** The compare channel's handler, spread into the service's handlers. */
import type { Req, RequestChannel, Res } from '../../../shared/ipc/contract';
import type { Engine } from '../engine-api';

export type CompareChannel = Extract<RequestChannel, `compare:${string}`>;
export type CompareHandlers = { [C in CompareChannel]: (req: Req<C>) => Promise<Res<C>> | Res<C> };

export function createCompareHandlers({ engine }: { engine: Engine }): CompareHandlers {
  return { 'compare:run': ({ olderId, newerId }) => engine.compareArchives(olderId, newerId) };
}
