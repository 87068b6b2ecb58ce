import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../mocks/electron'));

const { FakeSession, FakeWebContents } = await import('../../mocks/electron');
const { CONTENT_SECURITY_POLICY, secureSession, secureWebContents, secureWebPreferences } =
  await import('../../../electron/main/security');
const { createMainWindow } = await import('../../../electron/main/window');

function runBeforeRequest(session: InstanceType<typeof FakeSession>, url: string): { cancel: boolean } {
  let result: { cancel: boolean } | undefined;
  session.beforeRequest!.listener({ url }, (response: { cancel: boolean }) => (result = response));
  return result!;
}

describe('window hardening', () => {
  it('creates the window with isolated, sandboxed, node-free web preferences', () => {
    const window = createMainWindow('/app/preload/index.cjs') as unknown as {
      options: { webPreferences: Record<string, unknown> };
    };
    const prefs = window.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(secureWebPreferences('/x')).toEqual({ ...prefs, preload: '/x' });
  });

  it('has a strict content security policy', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('session: network, permissions, CSP', () => {
  it('cancels every http, https and websocket request', () => {
    const session = new FakeSession();
    secureSession(session as never);
    expect(session.beforeRequest!.filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    for (const url of [
      'https://x.com/',
      'http://127.0.0.1:5173/',
      'wss://example.org/socket',
      'ws://localhost/',
    ]) {
      expect(runBeforeRequest(session, url)).toEqual({ cancel: true });
    }
  });

  it('lets through only the exact dev-server origin in development', () => {
    const session = new FakeSession();
    secureSession(session as never, 'http://localhost:5173');
    expect(runBeforeRequest(session, 'http://localhost:5173/src/main.tsx')).toEqual({ cancel: false });
    expect(runBeforeRequest(session, 'http://localhost:5174/')).toEqual({ cancel: true });
    expect(runBeforeRequest(session, 'http://localhost:5173.evil.com/')).toEqual({ cancel: true });
    expect(runBeforeRequest(session, 'https://x.com/?http://localhost:5173')).toEqual({ cancel: true });
  });

  it('denies every permission request and check', () => {
    const session = new FakeSession();
    secureSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      session.permissionRequestHandler!(null, permission, (value: boolean) => (granted = value));
      expect(granted).toBe(false);
      expect(session.permissionCheckHandler!(null, permission)).toBe(false);
    }
  });

  it('adds the CSP header to every response', () => {
    const session = new FakeSession();
    secureSession(session as never);
    let headers: Record<string, string[]> = {};
    session.headersReceived!(
      { responseHeaders: { 'X-Other': ['1'] } },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    );
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('cancels downloads', () => {
    const session = new FakeSession();
    secureSession(session as never);
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('web contents: no navigation, no new windows, no webviews', () => {
  it('prevents navigation, redirects and webviews and denies window.open', () => {
    const contents = new FakeWebContents();
    secureWebContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, 'https://x.com/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler!({ url: 'https://x.com/' })).toEqual({ action: 'deny' });
  });

  it('allows navigation only within the dev server in development', () => {
    const contents = new FakeWebContents();
    secureWebContents(contents as never, 'http://localhost:5173');
    const inside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inside, 'http://localhost:5173/#/browse');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const outside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', outside, 'https://localhost:5173.x.com/');
    expect(outside.preventDefault).toHaveBeenCalled();
  });
});
