// `npm start`: builds the extension and the CLI, then
//  - with a display: opens Chromium with the extension loaded on the bundled sample reports, served locally
//    under a gov.cn name so the extension runs by itself, as it would on a real site;
//  - without one: says how to load the extension, and audits the samples with the command-line auditor.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SAMPLES = 'tests/fixtures/reports';
const DIST = resolve('.output/chrome-mv3');
const HOST = 'samples.example.gov.cn';

const built = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.html')).sort();
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

if (!process.env.DISPLAY || !chromium) {
  console.log(`
信息公开年报审读 Disclosure Lens — 扩展已构建 / extension built: ${DIST}

加载扩展 Load it: chrome://extensions → 开发者模式 Developer mode → 加载已解压的扩展程序 Load unpacked → ${DIST}
(Firefox: about:debugging → 临时载入附加组件 Load Temporary Add-on → .output/firefox-mv3/manifest.json)
${!process.env.DISPLAY ? '没有图形界面，改用命令行审读样例报告 / No display: auditing the sample reports with the CLI instead.' : '未找到 Chromium / Chromium not found: auditing with the CLI instead.'}
`);
  const r = spawnSync(process.execPath, ['dist/cli/disclosure-lens.mjs', ...samples.map((f) => join(SAMPLES, f))], { stdio: 'inherit' });
  // Findings are the expected result on these samples (三门峡 has errors); only bad input is a failure here.
  process.exit(r.status === 2 ? 2 : 0);
}

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
  if (samples.includes(name)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(SAMPLES, name)));
    return;
  }
  const links = samples.map((f) => `<li><a href="/${f}">${f}</a></li>`).join('');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><meta charset="utf-8"><title>样例报告 Sample reports</title><h1>样例报告 Sample reports</h1><ul>${links}</ul>`);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const url = `http://${HOST}:${port}/sanmenxia-2024.html`;
  console.log(`Sample reports: http://${HOST}:${port}/ — close Chromium to stop.`);
  const child = spawn(
    chromium,
    [
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'disclosure-lens-'))}`,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      '--no-first-run',
      '--disable-background-networking',
      url,
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => server.close());
});
