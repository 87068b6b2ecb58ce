import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/engine/library/default-data-dir';

describe('the default library folder, shared by the app and the CLI', () => {
  it('follows X_EXPOSURE_DATA_DIR when it is set', () => {
    expect(defaultDataDir({ X_EXPOSURE_DATA_DIR: '/tmp/lib' }, 'linux')).toBe('/tmp/lib');
  });

  it("uses each platform's per-user data folder", () => {
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.local', 'share', 'x-exposure'));
    expect(defaultDataDir({ XDG_DATA_HOME: '/data' }, 'linux')).toBe('/data/x-exposure');
    expect(defaultDataDir({ XDG_DATA_HOME: 'relative' }, 'linux')).toBe(
      join(homedir(), '.local', 'share', 'x-exposure'),
    );
    expect(defaultDataDir({}, 'darwin')).toBe(
      join(homedir(), 'Library', 'Application Support', 'x-exposure'),
    );
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\a\\AppData\\Roaming', 'x-exposure'),
    );
  });
});
