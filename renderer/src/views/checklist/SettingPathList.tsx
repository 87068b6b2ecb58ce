import type { SettingPath } from '../../../../shared/checklist/types';

/** Where to find each setting: the web path, the phone app's path, the address, and what to do. */
export function SettingPathList({ settings }: { settings: SettingPath[] }) {
  return (
    <ol className="setting-paths">
      {settings.map((s) => (
        <li key={s.label + s.action}>
          <p className="setting-label">
            <strong>{s.label}</strong>
          </p>
          <p>{s.action}</p>
          <dl className="setting-where">
            <dt>On the web</dt>
            <dd>
              {s.web.join(' › ')}
              {s.url && (
                <>
                  {' '}
                  <code className="setting-url">{s.url}</code>
                </>
              )}
            </dd>
            <dt>In the phone app</dt>
            <dd>
              {s.mobile
                ? s.mobile.join(' › ')
                : 'Not documented for the app: use x.com in a phone or computer browser.'}
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
