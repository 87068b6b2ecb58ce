/**
 * Vitest global setup: the tests that run `x-exposure` run the built command line (out/cli/, what
 * users run), so it is rebuilt first when a source is newer than it.
 */
import { buildCli, cliBuildIsStale } from '../../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  if (cliBuildIsStale()) await buildCli();
}
