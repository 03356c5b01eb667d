// spirit-bench-web: the browser build's figures, in Debian's headless chromium against a real
// host on loopback: what a phone downloads (gzipped, as the host serves it), the time from opening
// the page to the join screen (cold: a new browser context each time), and the time to draw one
// frame of the join screen, a table and the big screen. Prints medians.
//   node tools/bench-web/bench.mjs [--runs N]        (after tools/build.sh; env as below)
// SPIRIT_HOST and SPIRIT_WEB_APP default to build/server/spirit-host and build/web/app.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
process.env.SPIRIT_HOST ||= join(root, 'build/server/spirit-host');
process.env.SPIRIT_WEB_APP ||= join(root, 'build/web/app');
process.env.SPIRIT_SCREENSHOTS ||= join(root, 'build/screenshots');
const { startHost, launchBrowser, devices, SpiritPage } = await import('../../tests/browser/harness.mjs');

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// The bytes one file takes on the wire when the browser accepts gzip, and unpacked.
function transferSize(url) {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        const gzipped = response.headers['content-encoding'] === 'gzip';
        resolve({ wire: body.length, unpacked: gzipped ? gunzipSync(body).length : body.length, gzipped });
      });
    }).on('error', reject).end();
  });
}

const host = await startHost(['--bots', '3']);
const browser = await launchBrowser();
try {
  console.log('What a device downloads (as the host serves it):');
  let total = 0;
  for (const file of ['', 'index.js', 'index.wasm']) {
    const size = await transferSize(host.base + file);
    total += size.wire;
    console.log(`  ${(file || 'index.html').padEnd(11)} ${String(size.wire).padStart(9)} bytes on the wire` +
                ` (${size.unpacked} unpacked${size.gzipped ? ', gzip' : ', not compressed'})`);
  }
  console.log(`  ${'in all'.padEnd(11)} ${String(total).padStart(9)} bytes (goal: at most 1,500,000)`);

  const opened = [];
  for (let run = 0; run < runs; ++run) {
    const context = await browser.newContext(devices.phone);
    const page = new SpiritPage(await context.newPage(), 'phone', true);
    page.context = context;
    opened.push(await page.goto(`${host.base}?code=${host.code}`));
    await page.shows(host.code);
    await context.close();
  }
  console.log(`Opening the page to the join screen, cold, ${runs} runs: median ${median(opened)} ms ` +
              `(min ${Math.min(...opened)}, max ${Math.max(...opened)}; goal: at most 1,500 ms)`);

  const frames = async (url, device, name, ready) => {
    const page = await SpiritPage.open(browser, url, name, device);
    await page.shows(ready);
    const ms = await page.page.evaluate(() => window.Module.ccall('spirit_time_frames', 'number', ['number'], [60]));
    await page.close();
    return ms;
  };
  const join = await frames(`${host.base}?code=${host.code}`, devices.tablet, 'tablet', host.code);
  const big = await frames(`${host.base}#bigscreen=${host.token}`, devices.bigScreen, 'big screen', host.code);
  const console_ = await frames(`${host.base}#console=${host.token}`, devices.laptop, 'console', host.code);
  console.log('One frame drawn in the browser (median of 60, software WebGL in headless chromium):');
  console.log(`  join screen, tablet 820×1180 at 2×:   ${join.toFixed(2)} ms`);
  console.log(`  big screen lobby, 1920×1080:         ${big.toFixed(2)} ms`);
  console.log(`  console lobby, 1280×800:             ${console_.toFixed(2)} ms`);
} finally {
  await browser.close();
  await host.stop();
}
