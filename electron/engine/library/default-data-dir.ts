import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_DIR = 'x-exposure';

/**
 * The library's folder when none is given: `X_EXPOSURE_DATA_DIR` if set, else the platform's per-user
 * data folder. The app and the CLI both use it, so an archive imported by one shows in the other.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env.X_EXPOSURE_DATA_DIR;
  if (override) return override;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR);
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.local', 'share'), APP_DIR);
}
