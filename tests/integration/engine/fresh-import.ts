/**
 * Imports an archive in a process of its own, where nothing has loaded the language detector before
 * (as in the app's import thread), with the classification worker even for a small archive:
 *   node --import tsx tests/integration/engine/fresh-import.ts <archive> <dataDir>
 * Prints the summary as one JSON line.
 */
import { importArchive } from '../../../electron/engine/index';

const [archive, dataDir] = process.argv.slice(2);
if (!archive || !dataDir) throw new Error('usage: fresh-import.ts <archive> <dataDir>');
const summary = await importArchive(archive, { dataDir, classifyWorker: true });
process.stdout.write(JSON.stringify(summary) + '\n');
