import type { SettingPath } from '../../../../shared/checklist/types';
import { toSafeSettingUrl } from '../../../../shared/format/post-url';
import { OpenOnXButton } from '../../components/OpenOnXButton';

/** Each setting of a step: what to do, where it is on the web and in the phone app, and a button that opens it. */
export function SettingSteps({ settings }: { settings: SettingPath[] }) {
  return (
    <ol className="setting-paths">
      {settings.map((s) => {
        const openable = s.url ? toSafeSettingUrl(s.url) : null;
        return (
          <li key={s.label + s.action}>
            <p className="setting-label">
              <strong>{s.label}</strong>
            </p>
            <p>{s.action}</p>
            {openable && (
              <OpenOnXButton url={openable} label="Open this setting" what="this setting" primary />
            )}
            <dl className="setting-where">
              <dt>On the web</dt>
              <dd>
                {s.web.join(' › ')}
                {s.url && !openable && (
                  <>
                    {' '}
                    <span className="setting-url">{s.url}</span>
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
        );
      })}
    </ol>
  );
}
