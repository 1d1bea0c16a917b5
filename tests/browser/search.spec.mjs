// Search as a professional uses it: type a word in the header's search box
// (in an inflected form, or without its accents), read the results (title,
// section, an excerpt with the match marked) and reach the page with the
// keyboard alone. The index is Pagefind's, built by `handboek build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The results themselves, not the "Alle N resultaten" link that ends a long list.
const results = (page) => page.locator('.zoek-lijst a.zoek-resultaat:not(.zoek-alles)');

// Types `query` into the search box and waits for the result summary.
async function search(page, query) {
  const field = page.getByRole('searchbox', { name: 'Zoeken' });
  await field.fill(query);
  await page.locator('.zoek-aantal').filter({ hasText: `‘${query}’` }).waitFor();
  return field;
}

// Each result's link without its ?zoekterm=… (which marks the words on the
// page it opens; search-page.spec.mjs tests that).
async function resultTexts(page) {
  return results(page).evaluateAll((links) => links.map((link) => ({
    href: link.getAttribute('href').replace(/\?zoekterm=[^#]*/, ''),
    title: link.querySelector('.zoek-titel').textContent,
    section: link.querySelector('.zoek-sectie')?.textContent ?? '',
    marks: [...link.querySelectorAll('mark')].map((mark) => mark.textContent.toLowerCase()),
  })));
}

test('"intakes" finds the intake pages; arrow keys and Enter open one', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/over/visie/`);
  const field = await search(page, 'intakes');
  const found = await resultTexts(page);
  const process = found.find((result) => result.title === 'Brede intake en PIP');
  assert.ok(process, `the process is among the results: ${JSON.stringify(found.map((r) => r.title))}`);
  assert.equal(process.section.split(' › ')[0], 'Processen', 'the result names its section');
  assert.ok(process.marks.some((mark) => mark.startsWith('intake')), 'the excerpt marks the matched word');
  assert.match(await page.locator('.zoek-aantal').innerText(), /gevonden voor ‘intakes’/);

  // keyboard: ↓ into the results, ↓ to the process, Enter opens it
  await field.press('ArrowDown');
  const index = found.indexOf(process);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.querySelector('.zoek-titel')?.textContent),
    'Brede intake en PIP');
  await Promise.all([page.waitForURL(/\/processen\/brede-intake-en-pip\//), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('h1').innerText(), 'Brede intake en PIP');
  assert.deepEqual(problems, []);
  await context.close();
});

test('"gesprek" also finds "gesprekken" (Dutch stemming)', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/`);
  await search(page, 'gesprek');
  const marks = (await resultTexts(page)).flatMap((result) => result.marks);
  assert.ok(marks.includes('gesprekken'), `"gesprekken" is marked as a match: ${JSON.stringify([...new Set(marks)])}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('accents do not matter: "casuistiekoverleg" finds "casuïstiekoverleg", "een gezin" finds "Één gezin"', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/`);
  await search(page, 'casuistiekoverleg');
  const marks = (await resultTexts(page)).flatMap((result) => result.marks);
  assert.ok(marks.includes('casuïstiekoverleg'), `the accented word is matched: ${JSON.stringify(marks)}`);

  // and the other way round: typed with accents, found without
  await search(page, 'één gezin één plan');
  const withAccents = await resultTexts(page);
  await search(page, 'een gezin een plan');
  const without = await resultTexts(page);
  assert.ok(without.some((result) => /gezin/i.test(result.title)), JSON.stringify(without.map((r) => r.title)));
  assert.deepEqual(without.map((result) => result.href).sort(), withAccents.map((result) => result.href).sort());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a glossary term is its own result and leads to its entry', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/moreel-beraad/`);
  await search(page, 'doorzettingsmacht');
  const term = (await resultTexts(page)).find((result) => result.href.endsWith('/begrippen/#doorzettingsmacht'));
  assert.ok(term, 'the term is a result');
  assert.equal(term.title, 'Doorzettingsmacht');
  assert.equal(term.section, 'Begrippen');
  await Promise.all([page.waitForURL(/\/begrippen\/(\?zoekterm=[^#]*)?#doorzettingsmacht$/),
    results(page).filter({ has: page.locator('.zoek-titel', { hasText: /^Doorzettingsmacht$/ }) }).click()]);
  assert.ok(await page.locator('#doorzettingsmacht').isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('forms are searchable too', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/`);
  await search(page, 'evaluatielijst');
  const found = await resultTexts(page);
  assert.ok(found.some((result) => result.href.includes('/formulieren/evaluatielijst-deelnemer/')
    && result.section.startsWith('Formulieren')), JSON.stringify(found));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Escape closes the results and returns to the field; Tab away closes them too', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/`);
  const field = await search(page, 'plan van aanpak');
  const panel = page.locator('#zoek-paneel');
  assert.ok(await panel.isVisible());
  await field.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  assert.ok(await field.evaluate((element) => element === document.activeElement), '↑ from the first result goes back');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  assert.ok(await panel.isHidden());
  assert.ok(await field.evaluate((element) => element === document.activeElement));
  // ↓ in the field opens the results again with the focus on the first
  // (Enter in the field opens the search page: search-page.spec.mjs)
  await field.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement.classList.contains('zoek-resultaat'));
  assert.ok(await panel.isVisible());
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.ok(await panel.isHidden(), 'leaving the search closes the results');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a site without a search index says that search is not available', async () => {
  // No offline worker: route() does not see the requests a service worker makes.
  const { page, context } = await watchedPage(browser, { serviceWorkers: 'block' });
  // The bundle of a build without Pagefind is simply missing.
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${server.base}/`);
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('intake');
  await page.locator('.zoek-aantal', { hasText: 'Zoeken is niet beschikbaar' }).waitFor();
  assert.equal(await page.locator('[data-zoek-melding]').innerText(), await page.locator('.zoek-aantal').innerText());
  await context.close();
});

test('without JavaScript there is no search box that cannot work', async () => {
  const { page, problems, context } = await watchedPage(browser, { javaScriptEnabled: false });
  await page.goto(`${server.base}/`);
  assert.equal(await page.getByRole('searchbox').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each version searches only its own pages', async (t) => {
  const versions = path.join(siteDir, 'versies');
  const old = fs.existsSync(versions)
    ? fs.readdirSync(versions).filter((name) => fs.existsSync(path.join(versions, name, 'pagefind', 'pagefind.js')))
    : [];
  if (!old.length) { t.skip('this site was built without older versions'); return; }
  const { page, problems, context } = await watchedPage(browser);
  for (const prefix of ['/', `/versies/${old[0]}/`]) {
    await page.goto(`${server.base}${prefix}`);
    await search(page, 'intake');
    const hrefs = (await resultTexts(page)).map((result) => new URL(result.href, page.url()).pathname);
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) {
      assert.ok(href.startsWith(prefix), `${href} belongs to ${prefix}`);
      if (prefix === '/') assert.ok(!href.startsWith('/versies/') && !href.startsWith('/concept/'), href);
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});
