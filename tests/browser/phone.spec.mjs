// The professional on a phone (390×844): a compact header that stays at the
// top, every section one tap after "Menu" on any page, the versions table
// readable (whole words, the date apart from the release's title), and the
// search placeholder that fits its box. The desktop keeps its full header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PAGES = ['/', '/processen/mens-in-beeld/', '/begrippen/', '/formulieren/plan-van-aanpak/', '/versies/'];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('phone: the header is one compact row that stays at the top while reading', async () => {
  const { page, problems, context } = await watchedPage(browser, PHONE);
  for (const path of PAGES) {
    await page.goto(`${server.base}${path}`);
    const header = page.locator('.site-header');
    const box = await header.boundingBox();
    assert.ok(box.height <= 64, `${path}: header is ${box.height}px high`);
    assert.ok(await page.getByRole('button', { name: 'Menu' }).isVisible());
    assert.ok(!(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()), 'menu closed at first');
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.waitForTimeout(50);
    const after = await header.boundingBox();
    assert.ok(Math.abs(after.y) < 1, `${path}: the header stays at the top (y=${after.y})`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: from any page, "Menu" shows every section at once and Formulieren is one tap away', async () => {
  const { page, problems, context } = await watchedPage(browser, PHONE);
  for (const path of PAGES) {
    await page.goto(`${server.base}${path}`);
    await page.evaluate(() => window.scrollTo(0, 1200));
    const button = page.getByRole('button', { name: 'Menu' });
    await button.tap();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const links = nav.getByRole('link');
    const count = await links.count();
    assert.ok(count >= 3);
    for (let i = 0; i < count; i++) {
      const box = await links.nth(i).boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844,
        `${path}: menu item ${i + 1} is on the screen without scrolling`);
      assert.ok(box.height >= 44, 'a finger-sized target');
    }
    // Escape closes it again and gives the focus back to the button.
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
  }
  await page.getByRole('button', { name: 'Menu' }).tap();
  await Promise.all([page.waitForURL(/\/formulieren\/$/),
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Formulieren' }).tap()]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('phone: "Zoeken" in the header opens the search with the cursor in the field; the placeholder fits', async () => {
  for (const options of [PHONE, DESKTOP]) {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}/processen/mens-in-beeld/`);
    if (options === PHONE) {
      await page.getByRole('button', { name: 'Zoeken' }).tap();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'zoekveld');
    } else {
      assert.ok(!(await page.locator('[data-menu-knop]').first().isVisible()), 'no menu buttons on a desktop');
      assert.ok(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible());
    }
    const fits = await page.locator('#zoekveld').evaluate((input) => {
      const style = getComputedStyle(input);
      const canvas = document.createElement('canvas').getContext('2d');
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: canvas.measureText(input.placeholder).width, room };
    });
    assert.ok(fits.text <= fits.room, `placeholder ${fits.text}px in a box of ${fits.room}px`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// A word broken over two lines has two boxes.
async function brokenWords(page) {
  return page.locator('.versions-table').evaluate((table) => {
    const broken = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

test('the versions table: whole words, and the date apart from the release title, on a phone and a desktop', async (t) => {
  for (const options of [PHONE, DESKTOP]) {
    const { page, problems, context } = await watchedPage(browser, options);
    const response = await page.goto(`${server.base}/versies/`);
    if (response.status() === 404) {
      t.skip('the site was built without versions');
      await context.close();
      return;
    }
    assert.deepEqual(await brokenWords(page), [], `no word broken at ${options.viewport.width}px`);
    const rows = page.locator('.versions-table tbody tr');
    for (let i = 0; i < await rows.count(); i++) {
      const message = rows.nth(i).locator('.version-message');
      if (!(await message.count())) continue;
      const [day, title] = [await rows.nth(i).locator('.version-day').boundingBox(), await message.boundingBox()];
      assert.ok(title.y >= day.y + day.height - 1, 'the title is on its own line under the date');
      assert.match(await rows.nth(i).locator('td').first().innerText(), /\d{4}\s*\n/);
    }
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= options.viewport.width);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
