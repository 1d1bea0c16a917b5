// WCAG 2.1 AA: axe-core in Chromium over one page of every type, the
// glossary, a form, the search results (open) and the list of versions,
// with the organisation picker in both states; any A/AA violation fails.
// The keyboard-only path through search is in search.spec.mjs, through the
// glossary tooltips in glossary.spec.mjs, through the picker and the local
// blocks in organisation.spec.mjs; here: the header is reachable in order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir, violations } from './support/site.mjs';


let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAGES = {
  home: '/',
  proces: '/processen/mens-in-beeld/',
  competentieprofiel: '/competenties/klantmanager-brede-intake-en-pip/',
  gespreksformat: '/gespreksformats/integraal-werken/',
  pagina: '/over/visie/',
  sectie: '/processen/',
  competentiematrix: '/competenties/',
  begrippen: '/begrippen/',
  formulier: '/formulieren/brede-intake/',
  'formulier in twee talen': '/formulieren/pip/?taal=ar',
  formulieren: '/formulieren/',
  404: '/bestaat-niet/',
};

for (const [kind, url] of Object.entries(PAGES)) {
  test(`axe: ${kind} (${url}) has no WCAG 2.1 A/AA violations, on a wide screen and on a phone`, async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
      const { page, problems, context } = await watchedPage(browser, { viewport });
      const response = await page.goto(`${server.base}${url}`);
      if (kind === '404') {
        assert.equal(response.status(), 404);
        problems.length = 0;  // the 404 itself is the point of this page
      }
      assert.deepEqual(await violations(page), [], `axe on ${url} at ${viewport.width}px`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('axe: a process page with one organisation chosen (blocks collapsed) and with a tooltip shown', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/brede-intake-en-pip/`);
  await page.getByLabel('Mijn organisatie').selectOption('wnk');
  await page.locator('main a.begrip-link').first().focus();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe: the search results, open', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    const { page, problems, context } = await watchedPage(browser, { viewport });
    await page.goto(`${server.base}/processen/`);
    const opener = page.locator('[data-menu-knop="zoeken"]');  // a phone: the search sits behind "Zoeken"
    if (await opener.isVisible()) await opener.click();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('intake');
    await page.locator('.zoek-lijst a').first().waitFor();
    assert.ok(await page.locator('#zoek-paneel').isVisible());
    assert.deepEqual(await violations(page), [], `axe with results at ${viewport.width}px`);
    await page.keyboard.press('ArrowDown');
    assert.deepEqual(await violations(page), [], 'axe with a result focused');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('axe: the list of versions (when the site has versions)', async (t) => {
  if (!fs.existsSync(path.join(siteDir, 'versies', 'index.html'))) { t.skip('this site has no older versions'); return; }
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/versies/`);
  assert.deepEqual(await violations(page), []);
  const old = await page.locator('main table a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const older = old.find((href) => href.includes('versies/'));
  if (older) {
    await page.goto(new URL(older, page.url()).href);
    assert.deepEqual(await violations(page), [], 'an old version');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the keyboard reaches skip link, search, organisation and menu in that order', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/`);
  const order = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      const element = document.activeElement;
      return element.id || element.className || element.textContent.trim();
    }));
  }
  assert.deepEqual(order.slice(0, 5), ['skiplink', 'site-title', 'zoekveld', 'zoek-knop', 'mijn-organisatie']);
  // and every focused element shows a visible focus indicator
  await page.locator('#zoekveld').focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe: the offline page and the notice of a new version (docs/offline.md)', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const { page, context } = await watchedPage(browser, { viewport });
    await page.goto(`${server.base}/offline.html`);
    assert.equal(await page.locator('main h1').innerText(), 'Deze pagina is niet offline beschikbaar');
    assert.deepEqual(await violations(page), [], `axe on the offline page at ${viewport.width}px`);
    await page.goto(`${server.base}/formulieren/plan-van-aanpak/`);
    await page.evaluate(() => { document.querySelector('[data-nieuwe-versie]').hidden = false; });
    assert.deepEqual(await violations(page), [], `axe with the notice shown at ${viewport.width}px`);
    await context.close();
  }
});
