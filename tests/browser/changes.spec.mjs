// What changed since the version a trainer worked with: /versies/ leads to a
// page per older release, the current change pages link each other, forms
// are in the lists, a rewritten paragraph stands old beside new, and no
// source file path is shown. Against the sample's three releases.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The older releases of the sample, newest first, as /versies/ lists them.
function olderReleases() {
  const folder = path.join(siteDir, 'versies');
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder).filter((name) => /^\d/.test(name)).sort().reverse();
}

test('from /versies/ a reader opens "Wat is er veranderd sinds" any older release', async (t) => {
  const older = olderReleases();
  if (older.length < 2) { t.skip('this site has fewer than two older releases'); return; }
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/versies/`);
  const compare = page.getByRole('region', { name: 'Wat is er veranderd sinds een oudere versie?' });
  for (const name of older) {
    assert.ok(await compare.getByRole('link', { name: `Wat is er veranderd sinds ${name}` }).isVisible(), name);
  }
  const oldest = older.at(-1);
  await Promise.all([page.waitForURL(new RegExp(`/wijzigingen/sinds-${oldest.replace('.', '\\.')}/$`)),
    compare.getByRole('link', { name: `Wat is er veranderd sinds ${oldest}` }).click()]);
  assert.equal(await page.locator('h1').innerText(), `Wat is er veranderd sinds ${oldest}`);
  // The page links its siblings; the one being read is marked.
  const nav = page.getByRole('navigation', { name: 'Vergelijk met een oudere versie' });
  assert.equal(await nav.locator('[aria-current="page"]').innerText(), `versie ${oldest}`);
  await Promise.all([page.waitForURL(/\/wijzigingen\/$/), nav.getByRole('link', { name: `versie ${older[0]}` }).click()]);
  assert.equal(await page.locator('h1').innerText(), `Wat is er veranderd sinds ${older[0]}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('release notes are grouped per release on a page that spans several', async (t) => {
  const older = olderReleases();
  if (older.length < 2) { t.skip('this site has fewer than two older releases'); return; }
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/wijzigingen/sinds-${older.at(-1)}/`);
  const notes = page.getByRole('region', { name: 'Toelichting bij de wijzigingen' });
  const groups = await notes.locator('h3').allInnerTexts();
  assert.ok(groups.length >= 2, `one heading per release: ${groups}`);
  assert.match(groups.at(-1), new RegExp(`^Versie ${older.at(-2).replace('.', '\\.')}`));
  assert.deepEqual(problems, []);
  await context.close();
});

test('new, changed and removed forms are in the lists; a form diff names its fields', async () => {
  const { page, problems, context } = await watchedPage(browser);
  const older = olderReleases();
  await page.goto(`${server.base}/wijzigingen/sinds-${older.at(-1)}/`);
  const added = page.getByRole('region', { name: "Nieuwe pagina's" });
  const forms = added.locator('li', { hasText: '(formulier)' });
  assert.ok(await forms.count() >= 1, 'the sample\'s first release had no forms: they are new since');
  const first = forms.first().getByRole('link');
  const title = await first.innerText();
  await Promise.all([page.waitForURL(/\/formulieren\/[a-z0-9-]+\/$/), first.click()]);
  assert.equal(await page.locator('h1').first().innerText(), title);

  // Since the previous release: changed forms, compared field by field.
  await page.goto(`${server.base}/wijzigingen/`);
  const changed = page.locator('section.page-diff[id^="wijziging-formulier-"]');
  if (await changed.count()) {
    assert.match(await changed.first().locator('h3').innerText(), /^Formulier: /);
    // the diff is closed under its title: open it, as a reader would
    await changed.first().locator('summary').click();
    assert.match(await changed.first().locator('.diff').innerText(), /Veld |Versie van het formulier|Onderdeel/);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a paragraph rewritten beyond recognition stands old beside new on a wide screen, stacked on a phone',
  async (t) => {
    const older = olderReleases();
    const { page, problems, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.base}/wijzigingen/sinds-${older.at(-1)}/`);
    const rewritten = page.locator('.diff-rewritten').first();
    if (!(await rewritten.count())) { t.skip('no paragraph rewritten beyond recognition'); await context.close(); return; }
    // each page's diff is closed under its title: open this one, as a reader would
    await rewritten.locator('xpath=ancestor::details[1]').locator('summary').click();
    const old = await rewritten.locator('.diff-old').boundingBox();
    const now = await rewritten.locator('.diff-new').boundingBox();
    assert.ok(now.x > old.x + old.width - 1 && Math.abs(now.y - old.y) < 2, 'side by side');
    assert.equal(await rewritten.locator('.diff-old .diff-label').innerText(), 'Was');
    assert.equal(await rewritten.locator('.diff-new .diff-label').innerText(), 'Wordt');
    // Whole text, not shredded: one <del> and one <ins>.
    assert.equal(await rewritten.locator('del').count(), 1);
    assert.equal(await rewritten.locator('ins').count(), 1);
    await page.setViewportSize({ width: 390, height: 844 });
    const oldPhone = await rewritten.locator('.diff-old').boundingBox();
    const nowPhone = await rewritten.locator('.diff-new').boundingBox();
    assert.ok(nowPhone.y >= oldPhone.y + oldPhone.height - 1, 'stacked on a phone');
    assert.deepEqual(problems, []);
    await context.close();
  });

test('no change page shows a source file path', async () => {
  const { page, problems, context } = await watchedPage(browser);
  const older = olderReleases();
  const urls = ['/versies/', '/wijzigingen/', ...older.slice(1).map((name) => `/wijzigingen/sinds-${name}/`)];
  for (const url of urls) {
    await page.goto(`${server.base}${url}`);
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /content\/|\.md\b|\.yaml\b/, url);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
