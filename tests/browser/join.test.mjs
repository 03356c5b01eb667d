// A whole table in real browsers against a real host: the big screen's QR code read back from its
// screenshot and opened on a phone, two people joining by touch with ë and é in their names, one
// card of each type, a reload that returns to the same seat with an unrevealed answer intact (and
// the phone's larger text, kept in its own storage),
// private answers that never reach the other device or the big screen, and the console started
// from a browser with its token.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { need, startHost, launchBrowser, devices, SpiritPage, readQrCode } from './harness.mjs';

let host;
let browser;
let decks;

before(async () => {
  // The flow deck: seven light cards, one of each type (the same deck the native whole-app test plays).
  decks = mkdtempSync(join(tmpdir(), 'spirit-browser-decks-'));
  execFileSync(need('SPIRIT_FLOW_DECK_WRITER'), [join(decks, 'flow.toml')]);
  execFileSync('cp', [join(need('SPIRIT_SCENARIOS'), 'john.toml'), decks]);
  host = await startHost(['--decks', decks, '--stations', 'flow,john', '--max-intensity', '1', '--seed', '7',
                          '--name', 'Teamdag']);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (host) await host.stop();
  if (decks) rmSync(decks, { recursive: true, force: true });
});

// The ids of the buttons that tell a card's type, as the participant screens draw them.
function cardKind(frames) {
  const ids = new Set(frames.flatMap((f) => f.buttons.map((b) => b.id)));
  const texts = frames.flatMap((f) => f.texts.map((t) => t.text)).join('\n');
  if ([...ids].some((id) => id.startsWith('step-'))) return 'scale';
  if (ids.has('signal-yes')) return 'signal';
  if (ids.has('option-1')) return 'case';
  if (ids.has('recognise')) return 'question';
  if (ids.has('field:commitment')) return 'action';
  if ([...ids].some((id) => id.startsWith('give-to-'))) return 'resource';
  if (/Adem in|Langzaam uit|Even rust|Breathe in|Slowly out|Rest\b/.test(texts)) return 'pause';
  return 'case-talk';
}

test('a phone scans the big screen, two browsers play a card of each type, a reload keeps the seat', async () => {
  // ---- the big screen in a browser, with the console's token ----
  const big = await SpiritPage.open(browser, `${host.base}#bigscreen=${host.token}`, 'big screen', devices.bigScreen);
  await big.shows(host.code);
  const bigShot = await big.screenshot('browser-big-screen-lobby');
  const joinUrl = readQrCode(bigShot);
  // The code carries the session's host key: the page accepts only a host that proves it holds it.
  assert.match(joinUrl, new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?code=${host.code}&key=[0-9A-Z]{26}$`),
               'the QR code opens the join screen');

  // ---- Zoë scans it on her phone (Dutch); Bénédicte types the address on her tablet (English) ----
  const zoe = await SpiritPage.open(browser, joinUrl, 'Zoë', devices.phone, 'nl-NL');
  await zoe.shows('Meedoen');
  const code = await zoe.waitFor((f) => f.texts.find((t) => t.text === host.code), 'the join code filled in from the QR code');
  assert.ok(code);
  await zoe.fillIn('name', 'Zoë');
  await zoe.screenshot('browser-phone-join-nl');
  await zoe.tap('join');
  await zoe.shows('Zoë');
  // The phone turns to landscape and back: the screen follows the window, nothing drawn outside it.
  for (const size of [{ width: 844, height: 390 }, devices.phone.viewport]) {
    await zoe.page.setViewportSize(size);
    await zoe.waitFor((f) => f.buttons.length > 0 && f.buttons.every((b) => !b.visible || b.shown[2] <= size.width + 1) &&
                             f.buttons.some((b) => b.visible && b.shown[2] > size.width * 0.6),
                      `the screen to follow the window to ${size.width}×${size.height}`);
    if (size.width > size.height) await zoe.screenshot('browser-phone-landscape-nl');
  }

  const bene = await SpiritPage.open(browser, `${host.base}?code=${host.code}`, 'Bénédicte', devices.tablet, 'en-GB');
  await bene.shows('Join');
  await bene.fillIn('name', 'Bénédicte');
  await bene.tap('join');
  await bene.shows('Bénédicte');
  await zoe.shows('Bénédicte');
  await bene.screenshot('browser-tablet-lobby-en');

  // ---- the facilitator console in a browser starts the carousel ----
  const console = await SpiritPage.open(browser, `${host.base}#console=${host.token}`, 'console', devices.laptop);
  await console.shows('Bénédicte');
  await console.screenshot('browser-console-lobby');
  await console.tap('start');
  const people = [zoe, bene];
  await zoe.waitFor((f) => f.buttons.some((b) => b.id === 'draw') || f.texts.some((t) => /Bénédicte/.test(t.text)),
                    'the first round to open');

  // ---- one card of each type ----
  const kinds = new Set();
  let reloaded = false;
  for (let card = 0; card < 7; ++card) {
    const drawer = await (async () => {
      for (let tries = 0; tries < 100; ++tries) {
        for (const person of people) if (await person.button('draw')) return person;
        await zoe.page.waitForTimeout(100);
      }
      throw new Error(`card ${card + 1}: nobody can draw; Zoë sees ${await zoe.allText()}`);
    })();
    const other = drawer === zoe ? bene : zoe;
    await drawer.tap('draw');
    await drawer.waitFor((f) => SpiritPage.find(f, 'done'), 'the drawn card with its done button');
    await other.waitFor((f) => !SpiritPage.find(f, 'draw'), 'the card reaching the other tablet');
    await other.page.waitForTimeout(300);
    const kind = cardKind([await drawer.frame(), await other.frame()]);
    kinds.add(kind);

    if (kind === 'scale' || kind === 'case') {
      const choice = kind === 'scale' ? 'step-2' : 'option-1';
      // Her choice as her own screen shows it: the option ticked, or for a scale the count of
      // those who chose (her position itself is drawn as the filled step).
      const chosen = (f) => (kind === 'case' ? SpiritPage.find(f, choice)?.selected
                                             : f.texts.some((t) => t.text === '1 van 2 hebben gekozen'));
      await zoe.tap(choice);
      await zoe.waitFor(chosen, `Zoë's ${kind} answer to be chosen`);
      // Her answer is hers until the reveal: Bénédicte's tablet and the big screen never show it.
      await bene.page.waitForTimeout(400);
      const seen = await bene.frame();
      assert.ok(!seen.buttons.some((b) => (b.id.startsWith('step-') || b.id.startsWith('option-')) && b.selected),
                'Bénédicte sees no answer chosen');
      assert.ok(!seen.texts.some((t) => t.text.includes('Zoë') && /stap|step|\b3\b/.test(t.text) && t.text.length < 40),
                'nothing on Bénédicte\'s tablet places Zoë');
      if (!reloaded) {
        // Zoë's phone reloads (a locked phone, a closed tab): the same seat, the answer still hers.
        reloaded = true;
        // First she makes the text larger: the phone keeps that in its own storage, not the host.
        await zoe.tap('display-settings');
        await zoe.tap('text-125');
        await zoe.tap('display-done');
        const millis = await zoe.reload();
        await zoe.waitFor(chosen, 'the chosen answer back after the reload', 15000);
        assert.ok(millis > 0);
        await zoe.screenshot('browser-phone-after-reload-nl');
        assert.equal(await zoe.showsNow('Meedoen'), false, 'not back on the join screen');
        await zoe.tap('display-settings');
        assert.ok((await zoe.button('text-125')).selected, 'the larger text is still chosen after the reload');
        await zoe.screenshot('browser-phone-display-125-nl');
        await zoe.tap('text-100');
        await zoe.tap('display-done');
      }
      await bene.tap(choice);
      // Everyone chose: the card turns by itself (or the storyteller turns it).
      const revealed = (f) => !SpiritPage.find(f, choice);
      try {
        await zoe.waitFor(revealed, 'the reveal once everyone chose', 3000);
      } catch {
        await drawer.tap('reveal');
        await zoe.waitFor(revealed, 'the reveal');
      }
    } else if (kind === 'signal') {
      await zoe.tap('signal-yes');
      await bene.tap('signal-no');
      // Two answers are too few to count: neither device learns the other's, only that the count stays private.
      for (const person of people) {
        await person.waitFor((f) => f.texts.some((t) => /het aantal blijft privé|count stays private/.test(t.text)),
                             'the signal count withheld');
        const f = await person.frame();
        assert.ok(!f.texts.some((t) => /herkennen dit|recognise this/.test(t.text)), `${person.name} is not told how many recognised it`);
      }
    } else if (kind === 'question') {
      await other.tap('recognise');
    } else if (kind === 'action') {
      await zoe.fillIn('commitment', 'Na de dienst een rondje lopen');
      await zoe.tap('add-to-plan');
      await zoe.shows('Na de dienst een rondje lopen');
    } else if (kind === 'resource') {
      const gift = (await drawer.frame()).buttons.find((b) => b.id.startsWith('give-to-'));
      await drawer.tap(gift.id);
      await drawer.fillIn('gift-words', 'Je maakt altijd tijd om te luisteren');
      await drawer.tap('give');
    }
    await drawer.tap('done', 20000);
    await drawer.waitFor((f) => !SpiritPage.find(f, 'pass'), `card ${card + 1} (${kind}) to end`);
  }
  await zoe.screenshot('browser-phone-station-done-nl');

  // "Save my plan" on a phone is a download of her own plan.
  await zoe.tap('Mijn plan');
  const download = zoe.page.waitForEvent('download', { timeout: 10000 });
  await zoe.tap('save-plan');
  const saved = await download;
  assert.equal(saved.suggestedFilename(), 'spirit-plan-Zoë.txt');
  const { readFileSync } = await import('node:fs');
  const planText = readFileSync(await saved.path(), 'utf8');
  assert.match(planText, /Na de dienst een rondje lopen/, 'her commitment is in the downloaded plan');
  await zoe.shows('downloads');
  await zoe.tap('Tafel');
  await bene.screenshot('browser-tablet-station-done-en');
  await big.screenshot('browser-big-screen-rounds');
  // One of each of the seven types (a case is either to choose or to talk through).
  const types = [...kinds].map((k) => (k === 'case-talk' ? 'case' : k)).sort();
  assert.deepEqual(types, ['action', 'case', 'pause', 'question', 'resource', 'scale', 'signal']);

  for (const page of [big, zoe, bene, console]) assert.deepEqual(page.errors, [], `${page.name}: no errors in the page`);
  for (const page of [big, zoe, bene, console]) await page.close();
});
