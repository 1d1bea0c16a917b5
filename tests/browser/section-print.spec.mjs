// "Print deze sectie" on a section page: one document with a cover, the
// contents and every page of the section, printed without the site's
// chrome; the PDF beside it when the build made one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a section page leads to its print: cover, contents and each page of the section', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/`);
  const cards = await page.locator('.cards .card-title').allInnerTexts();
  await Promise.all([page.waitForURL(/\/processen\/afdrukken\/$/), page.getByRole('link', { name: 'Print deze sectie' }).click()]);
  assert.equal(await page.locator('h1').first().innerText(), 'Processen');
  const contents = await page.locator('.map-contents .map-contents-title').allInnerTexts();
  for (const title of cards) assert.ok(contents.includes(title), `${title} is in the contents`);
  // Every contents entry leads to its chapter in the same document.
  for (const href of await page.locator('.map-contents a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    const target = await page.evaluate((id) => document.getElementById(id)?.className, href.slice(1));
    assert.match(target ?? '', /\bmap-chapter\b/, href);
  }
  // "Op deze pagina" lists the whole document: every chapter and form
  const toc = await page.locator('nav.toc li').allInnerTexts();
  for (const title of contents) assert.ok(toc.some((entry) => entry.trim().endsWith(title)), `${title} in Op deze pagina`);
  const pdf = page.getByRole('link', { name: 'Download deze sectie als pdf' });
  if (await pdf.count()) {
    const response = await page.request.get(new URL(await pdf.getAttribute('href'), page.url()).href);
    assert.equal(response.status(), 200);
    assert.equal((await response.body()).subarray(0, 5).toString(), '%PDF-');
  }
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.map-actions', '.print-kop']) {
    if (await page.locator(hidden).count()) assert.equal(await page.locator(hidden).first().isVisible(), false, hidden);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('"Op deze pagina" of a training map lists its chapters and forms; /competenties/ lists its matrix', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}/trainingen/moreel-beraad/`);
  const contents = await page.locator('.map-contents .map-contents-title').allInnerTexts();
  assert.ok(contents.length >= 8, `the map has ${contents.length} chapters`);
  const toc = page.locator('nav.toc');
  assert.ok(await toc.isVisible());
  const entries = (await toc.locator('li').allInnerTexts()).map((entry) => entry.trim());
  for (const title of contents) assert.ok(entries.some((entry) => entry.endsWith(title)), `${title} in Op deze pagina`);
  assert.ok(entries.includes('Voor de trainer'));
  for (const href of await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    assert.equal(await page.locator(href).count(), 1, `${href} leads somewhere`);
  }

  await page.goto(`${server.base}/competenties/`);
  const matrix = page.locator('nav.toc a[href="#competentiematrix-titel"]');
  assert.equal(await matrix.count(), 1, 'the matrix is in Op deze pagina');
  await matrix.click();
  await page.waitForURL(/#competentiematrix-titel$/);
  assert.ok(await page.locator('#competentiematrix-titel').isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});
