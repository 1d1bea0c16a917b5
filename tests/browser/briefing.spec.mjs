// "Wat verandert er voor ons" (issue 30 item 3; docs/content.md "Edities"):
// an organisation's edition of the demo history (scripts/make-demo-history.sh,
// three releases) has per release a briefing for the team meeting. In
// Chromium at phone size a reader reaches it from the list of versions, the
// version bar and the release's change page; it fits the screen, lists the
// organisation's own changed agreements and no other organisation's, and
// axe finds no WCAG 2.1 A/AA violation; at desktop size too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage, violations } from './support/site.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const binary = process.env.HANDBOEK_BINARY || path.join(repo, 'build-test/generator/handboek');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

let scratch;
let server;
let browser;
before(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-briefing-'));
  const demo = path.join(scratch, 'demo');
  const made = spawnSync(path.join(repo, 'scripts/make-demo-history.sh'), [demo], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const built = spawnSync(binary, ['build', demo, '--organisatie', 'buch', '-o', path.join(scratch, 'public-buch'),
    '--no-cache', '--quiet'], { env: { ...process.env, HANDBOEK_WEASYPRINT: 'off' }, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await serve(path.join(scratch, 'public-buch'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

// Every link in the page's main part leads to a page of the edition, and
// every anchor to an element there.
async function linksLead(page) {
  for (const href of await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.href))) {
    const [address, anchor] = href.split('#');
    const response = await page.request.get(address);
    assert.equal(response.status(), 200, href);
    if (anchor) assert.match(await response.text(), new RegExp(`id="${anchor}"`), href);
  }
}

async function fitsTheScreen(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test('on a phone the briefing is one tap from the list of versions, fits the screen and shows only BUCH', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: PHONE });
  await page.goto(`${server.base}/versies/`);
  const link = page.getByRole('link', { name: 'Wat verandert er voor BUCH' }).first();
  await link.scrollIntoViewIfNeeded();
  assert.ok(await link.isVisible());
  await link.click();
  await page.waitForURL(/\/wijzigingen\/voor-ons\/$/);
  assert.equal(await page.locator('h1').textContent(), 'Wat verandert er voor BUCH');
  assert.ok(await fitsTheScreen(page), 'the briefing is wider than the phone');

  // Its own agreements, was and becomes; no other organisation's block.
  const own = page.locator('section[aria-labelledby="onze-afspraken"]');
  assert.ok(await own.isVisible());
  const text = await own.textContent();
  assert.match(text, /Bij de BUCH meldt de klantmanager van het sociaal wijkteam Jan aan/);
  assert.doesNotMatch(text, /Bij Halte Werk/);
  // The pages under their sections, the forms with their questions.
  assert.ok(await page.getByRole('heading', { level: 2, name: /Pagina's die veranderden/ }).isVisible());
  assert.ok(await page.getByRole('heading', { level: 2, name: /Formulieren/ }).isVisible());
  assert.ok((await page.locator('.briefing-fields li').count()) > 0);
  await linksLead(page);
  assert.deepEqual(await violations(page), []);

  // From the version bar of any page of the release.
  await page.goto(`${server.base}/processen/mens-in-beeld/`);
  const bar = page.locator('.version-bar').getByRole('link', { name: 'Wat verandert er voor ons' });
  assert.ok(await bar.isVisible());
  await bar.click();
  await page.waitForURL(/\/wijzigingen\/voor-ons\/$/);
  // From the release's change page too.
  await page.goto(`${server.base}/wijzigingen/`);
  await page.getByRole('link', { name: 'Wat verandert er voor BUCH' }).click();
  await page.waitForURL(/\/wijzigingen\/voor-ons\/$/);
  // And the older release's briefing from its row.
  await page.goto(`${server.base}/versies/`);
  await page.locator('a.briefing-link[href="2019.2/wijzigingen/voor-ons/"]').click();
  await page.waitForURL(/\/versies\/2019\.2\/wijzigingen\/voor-ons\/$/);
  assert.match(await page.locator('.page-header .summary').textContent(), /vergeleken met versie 2019\.1/);
  assert.ok(await fitsTheScreen(page));
  await linksLead(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at desktop size the briefing passes axe and keeps was and becomes side by side', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: DESKTOP });
  await page.goto(`${server.base}/wijzigingen/voor-ons/`);
  assert.deepEqual(await violations(page), []);
  const changed = page.locator('.briefing-local .diff-rewritten').filter({ has: page.locator('.diff-old') }).first();
  const [was, becomes] = await changed.locator(':scope > div').evaluateAll((divs) =>
    divs.map((div) => div.getBoundingClientRect().top));
  assert.equal(was, becomes, 'was and becomes stand beside each other');
  assert.deepEqual(problems, []);
  await context.close();
});
