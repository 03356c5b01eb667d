// What Spirit's browser tests share: a real spirit-host process on loopback serving the real
// browser build, Debian's chromium (headless, software WebGL) through playwright-core, and a page
// wrapper that reads what the app drew (window.Module.spiritFrame) to find and tap its buttons.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// A path the test needs from CTest's environment; a missing one fails the test with its name.
export function need(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through ctest (tools/test.sh)`);
  return value;
}

export const screenshots = () => {
  const dir = need('SPIRIT_SCREENSHOTS');
  mkdirSync(dir, { recursive: true });
  return dir;
};

// Starts spirit-host with the browser app on a free loopback port; resolves once it printed its
// join code and console token.
export async function startHost(extraArgs = []) {
  const binary = need('SPIRIT_HOST');
  const webApp = need('SPIRIT_WEB_APP');
  if (!existsSync(join(webApp, 'index.html'))) throw new Error(`the browser app is not built in ${webApp} (tools/web/build.sh)`);
  const child = spawn(binary, ['--bind', '127.0.0.1', '--port', '0', '--discovery-port', '0', '--no-store',
                               '--web-root', webApp, '--lang', 'en', ...extraArgs],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const host = { process: child, output: () => output };
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`spirit-host did not start within 10 s:\n${output}`)), 10000);
    const read = (chunk) => {
      output += chunk.toString();
      const code = /Join code:\s+(\S+)/.exec(output);
      const token = /Console token[^:]*:\s+(\S+)/.exec(output);
      const web = /Browsers:\s+http:\/\/[^:/\s]+:(\d+)/.exec(output);
      if (code && token && web) {
        clearTimeout(timer);
        Object.assign(host, { code: code[1], token: token[1], port: Number(web[1]) });
        host.base = `http://127.0.0.1:${host.port}/`;
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (status) => { clearTimeout(timer); reject(new Error(`spirit-host exited (${status}):\n${output}`)); });
  });
  child.removeAllListeners('exit');
  host.stop = () => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return host;
}

// Debian's chromium, headless, with software WebGL. If it cannot start, the error says why.
export async function launchBrowser() {
  const executablePath = process.env.SPIRIT_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`chromium is not installed at ${executablePath} (tools/install-deps.sh installs it)`);
  try {
    return await chromium.launch({
      executablePath, headless: true,
      args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu-sandbox',
             '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
             '--disable-quic', '--disable-dev-shm-usage'],
    });
  } catch (error) {
    throw new Error(`chromium could not start: ${error.message}`);
  }
}

// The sizes the screens are looked at.
export const devices = {
  tablet: { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true },
  bigScreen: { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1, hasTouch: false },
  laptop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, hasTouch: false },
};

// One page of the app, driven as a person would: taps (or clicks) in the middle of the buttons the
// app drew, text typed on the keyboard.
export class SpiritPage {
  constructor(page, name, touch) {
    this.page = page;
    this.name = name;
    this.touch = touch;
    this.errors = [];
    page.on('pageerror', (error) => this.errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error' && !/favicon|404/.test(message.text())) this.errors.push(message.text()); });
  }

  // Opens a page of the app in a new context of `browser` with a device's size and language.
  static async open(browser, url, name, device, locale = 'en-GB') {
    const context = await browser.newContext({ ...device, locale });
    const page = await context.newPage();
    const wrapped = new SpiritPage(page, name, Boolean(device.hasTouch));
    wrapped.context = context;
    await wrapped.goto(url);
    return wrapped;
  }

  // Loads (or reloads) the page and waits until the app runs; returns the milliseconds it took.
  async goto(url) {
    const started = Date.now();
    await this.page.goto(url);
    await this.page.waitForFunction(() => window.spiritReady === true, null, { timeout: 20000 });
    return Date.now() - started;
  }

  async reload() {
    const started = Date.now();
    await this.page.reload();
    await this.page.waitForFunction(() => window.spiritReady === true, null, { timeout: 20000 });
    return Date.now() - started;
  }

  // What the app drew in its last frame.
  frame() { return this.page.evaluate(() => window.Module.spiritFrame()); }

  // Every text and button label on the screen, for failure messages.
  async allText() {
    const frame = await this.frame();
    return [...frame.texts.map((t) => t.text), ...frame.buttons.map((b) => `[${b.id || b.label}]`)].join(' | ');
  }

  // Waits until `test(frame)` holds; fails naming `what` and showing the screen's text.
  async waitFor(test, what, timeout = 10000) {
    const until = Date.now() + timeout;
    for (;;) {
      const frame = await this.frame();
      const result = await test(frame);
      if (result) return result;
      if (Date.now() > until) throw new Error(`${this.name}: ${what} did not happen; the screen shows: ${await this.allText()}`);
      await this.page.waitForTimeout(50);
    }
  }

  // Waits until a text containing `piece` is drawn.
  shows(piece, timeout) {
    return this.waitFor((f) => f.texts.some((t) => t.text.includes(piece)) || f.buttons.some((b) => b.label.includes(piece)),
                        `showing "${piece}"`, timeout);
  }

  // Whether a text containing `piece` is drawn now.
  async showsNow(piece) {
    const f = await this.frame();
    return f.texts.some((t) => t.text.includes(piece)) || f.buttons.some((b) => b.label.includes(piece));
  }

  // The button with this id (or, failing that, this label), or undefined.
  static find(frame, key) {
    return frame.buttons.find((b) => b.id === key) || frame.buttons.find((b) => !b.id && b.label === key);
  }

  async button(key) { return SpiritPage.find(await this.frame(), key); }

  // Taps (touch) or clicks (mouse) the middle of a button once it is drawn and enabled; one that
  // lies outside its scroll area's visible part is scrolled to first, with the wheel.
  async tap(key, timeout) {
    const viewport = this.page.viewportSize();
    const button = await this.waitFor(async (f) => {
      const found = SpiritPage.find(f, key);
      if (!found || !found.enabled) return null;
      if (found.visible) return found;
      const below = found.shown[1] >= viewport.height / 2 || found.shown[3] <= 0 ? found.shown[1] > 0 : false;
      await this.page.mouse.move(viewport.width / 2, viewport.height / 2);
      await this.page.mouse.wheel(0, below ? 240 : -240);
      return null;
    }, `the button "${key}" to be there and enabled`, timeout);
    const [x0, y0, x1, y1] = button.shown;
    const x = (x0 + x1) / 2;
    const y = (y0 + y1) / 2;
    if (this.touch) await this.page.touchscreen.tap(x, y);
    else await this.page.mouse.click(x, y);
    await this.page.waitForTimeout(80);
  }

  // Taps a text field and types into it, as on the on-screen keyboard.
  async fillIn(field, text) {
    await this.tap(`field:${field}`);
    await this.page.waitForFunction(() => document.activeElement && document.activeElement.id === 'keyboard', null,
                                    { timeout: 3000 })
      .catch(() => { throw new Error(`${this.name}: tapping the field "${field}" did not open the keyboard`); });
    await this.page.keyboard.type(text, { delay: 15 });
    await this.page.waitForTimeout(80);
  }

  async screenshot(name) {
    const path = join(screenshots(), `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async close() { await this.context.close(); }
}

// The text zbarimg reads from the QR code in a PNG, or throws saying why.
export function readQrCode(png) {
  try {
    return execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8' }).trim();
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error('zbarimg is not installed (Debian zbar-tools; tools/install-deps.sh installs it)');
    throw new Error(`zbarimg found no QR code in ${png}`);
  }
}
