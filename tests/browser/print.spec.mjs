// Printing any page (issue 16): a trainer prints a process page and every
// sheet says which handbook version it is, of which (Dutch) release date, and
// where the page lives online; navigation, search and the version bar are
// gone, local agreements stand one under the other at full width, no word is
// broken, the first sheet is not nearly empty. Checked in print emulation and
// in a real PDF from Chromium read back with pdftotext (poppler-utils). The
// competency matrix on /competenties/ links each competency to its step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir } from './support/site.mjs';

const PROCESS = '/processen/mens-in-beeld/';
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DUTCH_DATE = new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4}\\b`);

// The site's public address: the first <loc> of its sitemap is the home page.
const baseUrl = fs.readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)[1];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The version this build is, as the screen's version bar names it.
async function screenVersion(page) {
  const text = await page.locator('.version-current').first().innerText();
  return text.replace(/^Versie\s+/, '').trim();
}

test('print: running head with version and Dutch date, foot with the address; no navigation', async () => {
  const { page, problems, context } = await watchedPage(browser, { locale: 'en-US' });
  await page.goto(`${server.base}${PROCESS}`);
  const version = await screenVersion(page);
  assert.match(version, /^\d{4}\.\d+$/);
  assert.equal(await page.locator('.print-kop').isVisible(), false, 'the running head is for paper only');

  await page.emulateMedia({ media: 'print' });
  const head = page.locator('.print-kop');
  const foot = page.locator('.print-voet');
  assert.ok(await head.isVisible() && await foot.isVisible());
  const headText = await head.innerText();
  assert.match(headText, new RegExp(`Versie ${version.replace('.', '\\.')} van `));
  assert.match(headText, DUTCH_DATE, 'the release date in Dutch, whatever the browser locale (en-US here)');
  assert.equal((await foot.innerText()).trim(), `${baseUrl}${PROCESS.slice(1)}`);
  for (const name of ['position', 'top']) {
    assert.equal(await head.evaluate((el, n) => getComputedStyle(el)[n], name), name === 'position' ? 'fixed' : '0px');
  }
  assert.equal(await foot.evaluate((el) => getComputedStyle(el).position), 'fixed');

  for (const hidden of ['nav[aria-label="Hoofdmenu"]', '[data-zoeken]', '.site-header', '.version-bar', 'nav.toc', 'nav.breadcrumbs']) {
    const count = await page.locator(hidden).count();
    for (let i = 0; i < count; i++) assert.equal(await page.locator(hidden).nth(i).isVisible(), false, `${hidden} is hidden in print`);
  }

  // No word broken: no automatic hyphens, no break inside a word anywhere in <main>.
  const breaking = await page.locator('main').evaluate((main) => [main, ...main.querySelectorAll('*')]
    .map((el) => getComputedStyle(el))
    .filter((style) => style.hyphens === 'auto' || style.wordBreak === 'break-all' || style.overflowWrap === 'anywhere').length);
  assert.equal(breaking, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('print: local blocks stand one under the other, each at the full width', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.base}${PROCESS}`);
  const group = page.locator('.lokaal-groep').filter({ has: page.locator('.lokaal + .lokaal') }).first();
  const sideBySide = async () => {
    const boxes = await group.locator(':scope > .lokaal').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
    return { boxes, width: (await group.boundingBox()).width };
  };
  const screen = await sideBySide();
  assert.ok(screen.boxes.length >= 2);
  assert.equal(Math.round(screen.boxes[0].top), Math.round(screen.boxes[1].top), 'side by side on a wide screen');

  await page.emulateMedia({ media: 'print' });
  const paper = await sideBySide();
  const main = await page.locator('main').boundingBox();
  for (let i = 0; i < paper.boxes.length; i++) {
    assert.ok(paper.boxes[i].width >= paper.width - 1, `block ${i} takes the full width`);
    assert.ok(paper.boxes[i].width >= main.width * 0.95, `block ${i} is as wide as the text`);
    if (i > 0) assert.ok(paper.boxes[i].top >= paper.boxes[i - 1].bottom, `block ${i} stands under the one before`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('PDF of a process page: the version on every page, the first page well filled', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${PROCESS}`);
  const version = await screenVersion(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-print-'));
  try {
    const pdf = path.join(dir, 'proces.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
    assert.ok(pages >= 2, `a process prints on more than one page (${pages})`);
    const texts = [];
    for (let n = 1; n <= pages; n++) {
      texts.push(execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' }));
    }
    texts.forEach((text, i) => {
      assert.ok(text.includes(`Versie ${version} van`), `page ${i + 1} names version ${version}`);
      assert.match(text, DUTCH_DATE, `page ${i + 1} has the release date`);
      assert.ok(text.replace(/\s+/g, '').includes(`${baseUrl}${PROCESS.slice(1)}`), `page ${i + 1} has the address`);
    });
    // Not a near-empty first page: it holds the title and the start of the
    // route, at least half as much text as an average page.
    const chars = texts.map((text) => text.replace(/\s+/g, '').length);
    const average = chars.reduce((a, b) => a + b, 0) / pages;
    assert.ok(texts[0].includes('Mens in beeld'));
    assert.ok(chars[0] >= average * 0.5, `page 1 has ${chars[0]} characters, the average page ${Math.round(average)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('competency matrix: steps × profiles, each competency leads to its step', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/competenties/`);
  const matrix = page.locator('table.matrix');
  assert.ok(await matrix.isVisible());
  const profiles = await page.locator('.matrix thead th').count();
  assert.ok(profiles >= 3, 'a column per profile after the step column');
  const link = matrix.locator('td a[data-competentie]').first();
  const href = await link.getAttribute('href');
  assert.match(href, /processen\/[a-z0-9-]+\/#stap-[a-z0-9-]+$/);
  await link.click();
  await page.waitForURL(/#stap-/);
  const anchor = new URL(page.url()).hash.slice(1);
  assert.ok(await page.locator(`li.step[id="${anchor}"]`).isVisible(), `step #${anchor} is shown`);

  // On paper the matrix fits the width of an A4 page.
  await page.goto(`${server.base}/competenties/`);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 1000 });  // ≈ A4 portrait between its margins (180 mm)
  const widths = await page.evaluate(() => ({ table: document.querySelector('table.matrix').scrollWidth,
    main: document.querySelector('main').clientWidth }));
  assert.ok(widths.table <= widths.main, `the matrix (${widths.table}px) fits the page (${widths.main}px)`);
  assert.deepEqual(problems, []);
  await context.close();
});
