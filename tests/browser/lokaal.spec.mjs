// Where practice differs (/lokaal/, docs/content.md "Waar de praktijk
// verschilt") on the sample's demo history: a reader finds the page from the
// home page, sees the organisations' local agreements side by side (columns
// on a desktop, one under the other on a phone, nothing wider than the
// screen), and a stale agreement marked "controleren" with both dates links
// to the change, which opens. axe finds no WCAG 2.1 A/AA violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, watchedPage, violations } from './support/site.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The boxes of the agreements of the first place that has more than one.
async function firstRowBoxes(page) {
  const list = page.locator('.praktijk-naast-elkaar').filter({ has: page.locator('li + li') }).first();
  const items = list.locator(':scope > li');
  const boxes = [];
  for (let i = 0; i < await items.count(); ++i) boxes.push(await items.nth(i).boundingBox());
  return boxes;
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`/lokaal/ shows the agreements side by side and a stale one links to its change (${name})`, async () => {
    const { page, problems, context } = await watchedPage(browser, { viewport });
    await page.goto(`${server.base}/`);
    await Promise.all([page.waitForURL(/\/lokaal\/$/),
      page.locator('.home-taken').getByRole('link', { name: /Waar de praktijk verschilt/ }).click()]);
    assert.equal(await page.locator('h1').innerText(), 'Waar de praktijk verschilt');

    const boxes = await firstRowBoxes(page);
    assert.ok(boxes.length >= 2, 'a place with the agreements of several organisations');
    if (viewport === DESKTOP) {
      assert.equal(Math.round(boxes[1].y), Math.round(boxes[0].y), 'side by side on a desktop');
      assert.ok(boxes[1].x > boxes[0].x + boxes[0].width - 1);
    } else {
      assert.ok(boxes[1].y >= boxes[0].y + boxes[0].height - 1, 'one under the other on a phone');
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'nothing is wider than the screen');

    const stale = page.locator('.praktijk-afspraak.is-controleren').first();
    assert.ok(await stale.isVisible(), 'the demo history has a stale agreement');
    assert.equal(await stale.locator('.praktijk-label').innerText(), 'controleren');
    const dates = await stale.locator('.praktijk-datums time').allInnerTexts();
    assert.equal(dates.length, 2, 'both dates');
    for (const date of dates) assert.match(date, /^\d{1,2} [a-z]+ \d{4}$/);
    assert.deepEqual(await violations(page), []);

    const link = stale.locator('.praktijk-wijziging a');
    const href = await link.getAttribute('href');
    const anchor = decodeURIComponent(href.split('#')[1] || '');
    await Promise.all([page.waitForURL((url) => url.pathname !== '/lokaal/'), link.click()]);
    await page.waitForLoadState('load');
    assert.ok(anchor, 'the link points at a place on the page');
    const target = page.locator(`[id="${anchor}"]`);
    assert.equal(await target.count(), 1, `#${anchor} exists`);
    assert.ok(await target.isVisible());
    // The change opens where the link lands: the page's diff or its history.
    assert.ok(await target.locator('details[open]').count() >= 1, 'the change is shown open');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the home page leads to /lokaal/, and an agreement links to its block on the page', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: DESKTOP });
  await page.goto(`${server.base}/`);
  await Promise.all([page.waitForURL(/\/lokaal\/$/),
    page.getByRole('link', { name: /Waar de praktijk verschilt/ }).click()]);
  const first = page.locator('.praktijk-afspraak-kop a').first();
  const organisation = await first.innerText();
  await Promise.all([page.waitForURL((url) => url.pathname !== '/lokaal/'), first.click()]);
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  assert.ok(hash);
  const target = page.locator(`[id="${hash}"]`);
  assert.equal(await target.count(), 1, `#${hash} exists`);
  assert.ok(await target.isVisible());
  // The organisation's own block is on that page, and open.
  assert.ok(await page.locator('details.lokaal[open] .lokaal-label', { hasText: organisation }).count() >= 1);
  assert.deepEqual(problems, []);
  await context.close();
});
