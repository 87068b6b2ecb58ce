import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_DIR = 'x-exposure';

/** The platform's per-user data folder, as Electron's `userData` would place it. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR);
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.local', 'share'), APP_DIR);
}
