// On a phone there is no hover: tapping a glossary term shows its definition
// in place, with a link to the full entry, instead of leaving the page. With
// a mouse a click still follows the link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PAGE = '/processen/mens-in-beeld/';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('phone: a tap on a term shows the definition in place, with a link to the entry', async () => {
  const { page, problems, context } = await watchedPage(browser, PHONE);
  await page.goto(`${server.base}${PAGE}`);
  assert.ok(await page.evaluate(() => matchMedia('(hover: none)').matches), 'a touch screen');
  const term = page.locator('main .begrip').first();
  const link = term.locator('.begrip-link');
  const tip = term.locator('.begrip-uitleg');
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  assert.equal(new URL(page.url()).pathname, PAGE, 'the page stays');
  assert.ok(await tip.isVisible(), 'the definition is shown');
  assert.equal(await link.getAttribute('aria-expanded'), 'true');
  const box = await tip.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, 'inside the screen');

  const more = tip.getByRole('link', { name: /Meer over/ });
  assert.equal(await more.getAttribute('href'), await link.getAttribute('href'));
  assert.ok((await more.boundingBox()).height >= 44, 'a finger-sized link');

  // A second tap closes it; a tap elsewhere too.
  await link.tap();
  assert.ok(!(await tip.isVisible()));
  await link.tap();
  await page.locator('main h1').tap();
  assert.ok(!(await tip.isVisible()), 'a tap elsewhere closes it');

  // The link in the definition leads to the entry.
  await link.tap();
  const anchor = (await link.getAttribute('href')).split('#')[1];
  await Promise.all([page.waitForURL(/\/begrippen\/#/), more.tap()]);
  assert.ok(await page.locator(`[id="${anchor}"]`).isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('desktop: a click on a term still opens its entry', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}${PAGE}`);
  await Promise.all([page.waitForURL(/\/begrippen\/#/), page.locator('main .begrip-link').first().click()]);
  assert.deepEqual(problems, []);
  await context.close();
});
