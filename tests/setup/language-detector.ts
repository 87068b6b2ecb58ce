/**
 * Unit and integration tests call the classifying code in their own thread, standing in for the
 * entry points that load the language detector in the app (see shared/exposure/language/detector.ts);
 * those entry points themselves run in their real threads (engine and import workers, the built CLI).
 */
import { prepareClassifying } from '../../electron/engine/classification/prepare';

await prepareClassifying();
