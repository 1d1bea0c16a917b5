// Enter in the search field opens the search page with every result, twenty
// a page; the page opened from a result marks the words searched for; the
// home page leads with processes, forms and search. Phone and desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
};

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openSearch(page) {
  const opener = page.locator('[data-menu-knop="zoeken"]');
  if (await opener.isVisible()) await opener.click();
  return page.getByRole('searchbox', { name: 'Zoeken' });
}

const statusOf = (page) => page.locator('[data-zoekpagina-melding]:not(:empty)').innerText();

for (const [screen, options] of Object.entries(SCREENS)) {
  test(`${screen}: Enter opens the search page with every result, in pages of twenty`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}/processen/mens-in-beeld/`);
    const field = await openSearch(page);
    await field.fill('klant');
    await page.locator('#zoek-paneel .zoek-lijst a').first().waitFor();  // the index is loaded, as after typing
    assert.ok(await page.locator('#zoek-paneel a.zoek-alles').isVisible(), 'the panel links to all results');
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=klant$/), field.press('Enter')]);
    const status = await statusOf(page);
    const total = Number(status.match(/^(\d+)/)[1]);
    assert.ok(total > 10, `more results than the panel shows (${status})`);
    assert.equal(await page.getByRole('searchbox', { name: 'Zoekwoorden' }).inputValue(), 'klant');

    const seen = new Set();
    const pages = Math.ceil(total / 20);
    for (let number = 1; number <= pages; number++) {
      if (number > 1) {
        await Promise.all([page.waitForURL(new RegExp(`pagina=${number}$`)),
          page.getByRole('navigation', { name: 'Meer resultaten' }).getByRole('link', { name: 'Volgende' }).click()]);
        await statusOf(page);
      }
      const hrefs = await page.locator('.zoekpagina-lijst a.zoek-resultaat').evaluateAll((links) => links.map((a) => a.href));
      assert.ok(hrefs.length >= Math.min(20, total - (number - 1) * 20), `page ${number} lists its results`);
      for (const href of hrefs) seen.add(new URL(href).pathname);
    }
    assert.ok(seen.size >= Math.min(total, 20) && seen.size <= total, `${seen.size} pages over ${pages} result pages`);
    if (pages > 1) {
      const current = page.locator('.zoekpagina-pager a[aria-current="page"]');
      assert.equal(await current.innerText(), String(pages));
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${screen}: the page opened from a result marks the words searched for`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}/zoeken/?q=casuistiekoverleg`);
    await statusOf(page);
    const first = page.locator('.zoekpagina-lijst a.zoek-resultaat').first();
    await Promise.all([page.waitForURL(/zoekterm=casuistiekoverleg/), first.click()]);
    const marks = page.locator('main mark.zoek-markering');
    await marks.first().waitFor();
    assert.match(await marks.first().innerText(), /^casu[iï]stiekoverleg/i, 'accents do not matter');
    assert.ok(await marks.first().isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${screen}: the home page leads with processes, forms and search`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}/`);
    const tasks = page.getByRole('navigation', { name: 'Direct naar' });
    const box = await tasks.boundingBox();
    const h1 = await page.locator('main h1').boundingBox();
    assert.ok(box.y > h1.y, 'under the title');
    assert.ok(box.y < options.viewport.height, 'on the first screen');
    const cards = await page.locator('main nav.home-sections').boundingBox();
    assert.ok(!cards || cards.y > box.y, 'before the sections');
    await Promise.all([page.waitForURL(/\/formulieren\/$/), tasks.getByRole('link', { name: /^Formulieren/ }).click()]);
    await page.goBack();
    await Promise.all([page.waitForURL(/\/processen\/$/), tasks.getByRole('link', { name: /^Processen/ }).click()]);
    await page.goBack();
    const field = page.getByRole('searchbox', { name: 'Zoek in het handboek' });
    await field.fill('intake');
    await Promise.all([page.waitForURL(/\/zoeken\/\?q=intake$/), field.press('Enter')]);
    assert.match(await statusOf(page), /gevonden voor ‘intake’/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
