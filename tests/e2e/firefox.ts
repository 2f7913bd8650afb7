// Real Firefox with the built extension, driven over Marionette (Firefox's own remote protocol, built into every
// release): playwright-core only drives its own patched Firefox builds, which cannot be downloaded here, while
// Debian's firefox-esr can be installed like Chromium. The extension is installed as a temporary add-on, as a
// developer loads it from about:debugging.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOST } from './harness';

export const FIREFOX_DIST = resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'disclosure-lens@example.org';
/** The extension's moz-extension:// host, fixed by a pref so the popup's address is known in advance. */
export const ADDON_UUID = '6d1f5f3e-2b1c-4c8e-9a57-3f0d1e7c2a11';

// Prefs of a quiet test profile: no first-run pages, no update or telemetry traffic, the fixtures' gov.cn name on
// loopback, and Marionette on a port of the system's choosing (Firefox writes it into the profile).
const PREFS: Record<string, string | number | boolean> = {
  'marionette.port': 0,
  'network.dns.localDomains': HOST,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.disabledForTesting': true,
  // Media plugins (OpenH264, Widevine): newer Firefox ESRs fetch them from Mozilla's and Google's servers on start.
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': 'data:text/plain,',
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-gmpopenh264.autoupdate': false,
  'media.gmp-widevinecdm.enabled': false,
  'media.gmp-widevinecdm.visible': false,
  'media.gmp-widevinecdm.autoupdate': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  // Remote Settings: Firefox 140 ESR syncs collections (url-classifier-exceptions…) from Mozilla's server a while
  // after start, which the privacy test saw as a request that did not go to the fixture server. Mozilla's own test
  // profiles point it at this inert address; a release build honours that only with MOZ_REMOTE_SETTINGS_DEVTOOLS
  // set (see the spawn below).
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'security.remote_settings.intermediates.enabled': false,
  'security.remote_settings.crlite_filters.enabled': false,
  'intl.locale.requested': 'zh-CN',
  'intl.accept_languages': 'zh-CN,zh',
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
};

export interface Firefox {
  /** Sends one Marionette command and returns its result, unwrapped from {value} (throws the command's error). */
  send<T = unknown>(name: string, params?: object): Promise<T>;
  /** Runs a function body in the page (a WebDriver script: `return` gives the value). */
  run<T = unknown>(body: string, args?: unknown[]): Promise<T>;
  close(): Promise<void>;
}

/** Marionette's framing: "<length>:<json>", the length counted in bytes. */
function reader(socket: Socket, onMessage: (msg: unknown) => void) {
  let buf = Buffer.alloc(0);
  socket.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const colon = buf.indexOf(0x3a);
      if (colon < 0) return;
      const len = Number(buf.subarray(0, colon).toString());
      if (buf.length < colon + 1 + len) return;
      onMessage(JSON.parse(buf.subarray(colon + 1, colon + 1 + len).toString('utf8')));
      buf = buf.subarray(colon + 1 + len);
    }
  });
}

async function activePort(profile: string, proc: ChildProcess, timeoutMs: number): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`Firefox exited with code ${proc.exitCode} before Marionette started`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').trim());
      if (port > 0) return port;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Marionette did not start in time');
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`build the Firefox extension first (npm run build): ${FIREFOX_DIST} is missing`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  const profile = mkdtempSync(join(tmpdir(), 'dl-firefox-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const proc = spawn(FIREFOX, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile, 'about:blank'], {
    stdio: 'ignore',
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', LANG: 'zh_CN.UTF-8' },
  });
  const port = await activePort(profile, proc, 60_000);
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((ok, fail) => socket.once('connect', ok).once('error', fail));

  let nextId = 1;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  let greeted: () => void;
  const hello = new Promise<void>((r) => (greeted = r));
  reader(socket, (msg) => {
    if (!Array.isArray(msg)) return greeted(); // the greeting: {"applicationType":"gecko","marionetteProtocol":3}
    const [, id, error, result] = msg as [number, number, { error: string; message: string } | null, unknown];
    const p = pending.get(id);
    pending.delete(id);
    if (error) p?.fail(new Error(`${error.error}: ${error.message}`));
    // Most results come as {value: …}; a few (window handles) bare.
    else p?.ok(result && typeof result === 'object' && !Array.isArray(result) && Object.keys(result).length === 1 && 'value' in result ? (result as { value: unknown }).value : result);
  });
  await hello;

  const send = <T>(name: string, params: object = {}) =>
    new Promise<T>((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      const body = Buffer.from(JSON.stringify([0, id, name, params]), 'utf8');
      socket.write(`${body.length}:`);
      socket.write(body);
    });
  await send('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  return {
    send,
    run: <T>(body: string, args: unknown[] = []) => send<T>('WebDriver:ExecuteScript', { script: body, args }),
    close: async () => {
      try {
        await Promise.race([send('Marionette:Quit', { flags: ['eForceQuit'] }), new Promise((r) => setTimeout(r, 5000))]);
      } catch {
        // Already gone.
      }
      socket.destroy();
      if (proc.exitCode === null) proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
