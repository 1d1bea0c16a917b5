// Finding one's way on a phone, a tablet and a laptop (390×844, 768×1024,
// 1366×768): every in-page jump lands below the sticky header, "Zoeken"
// opens the search field alone with its results under it, a process page
// starts with its steps and its diagram boxes are links, tables keep their
// words whole, and the change pages are one tap from every page, closed per
// page with their counts, and tell a screen reader what went and what came.
// axe runs on those pages with the menu, the search and a diff open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, watchedPage, violations } from './support/site.mjs';

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
  laptop: { viewport: { width: 1366, height: 768 } },
};
const PROCESS = '/processen/mens-in-beeld/';
const SHOTS = '/tmp/h26/shots';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

function shot(page, name) {
  return page.screenshot({ path: `${SHOTS}/${name}.png` }).catch(() => {});
}

// The lowest edge of whatever sticks to the top of the window (the header,
// the glossary's letters): a jump must land below it.
function stuckBottom(page) {
  return page.evaluate(() => Math.max(0, ...[...document.querySelectorAll('.site-header, .letters')]
    .filter((element) => getComputedStyle(element).position === 'sticky')
    .map((element) => element.getBoundingClientRect().bottom)));
}

// Whether the top of `locator` is in the window and not under a sticky bar.
async function landsInSight(page, locator, what) {
  await page.waitForFunction(() => true);  // one frame for the jump
  const box = await locator.boundingBox();
  const covered = await stuckBottom(page);
  const height = page.viewportSize().height;
  assert.ok(box.y >= covered - 0.5 && box.y < height, `${what}: top at ${box.y}px, sticky bars end at ${covered}px`);
}

// Words in `selector` broken over two lines (a word over two lines has two boxes).
function brokenWords(page, selector) {
  return page.locator(selector).evaluateAll((elements) => {
    const broken = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

for (const [size, options] of Object.entries(SIZES)) {
  test(`${size}: jumps to a step, a heading and a term land below the sticky header`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    // a step, from another page (a search result, a link)
    await page.goto(`${server.base}${PROCESS}#stap-kennismaking`);
    await landsInSight(page, page.locator('#stap-kennismaking .step-title'), 'a step opened by its address');
    await shot(page, `jump-step-${size}`);
    // a step from the list under the title, and from "Op deze pagina"
    await page.goto(`${server.base}${PROCESS}`);
    const last = page.locator('.route-overview a').last();
    const anchor = (await last.getAttribute('href')).slice(1);
    await last.click();
    await landsInSight(page, page.locator(`[id="${anchor}"] .step-title`), 'a step from the list of steps');
    await page.evaluate(() => window.scrollTo(0, 0));
    const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
    if (!(await toc.locator('a').first().isVisible())) await toc.locator('summary').click();
    const heading = toc.locator('a[href^="#"]:not([href^="#stap-"])').last();
    const headingId = (await heading.getAttribute('href')).slice(1);
    await heading.click();
    await landsInSight(page, page.locator(`[id="${headingId}"]`), 'a heading from "Op deze pagina"');
    // a term of the glossary: below the header and the letters that stick under it
    await page.goto(`${server.base}/begrippen/`);
    const term = page.locator('.term-title[id]').nth(12);
    const termId = await term.getAttribute('id');
    await page.goto(`${server.base}/begrippen/#${termId}`);
    await landsInSight(page, term, 'a term');
    const letters = await page.locator('.letters').boundingBox();
    const header = await page.evaluate(() => {
      const element = document.querySelector('.site-header');
      return getComputedStyle(element).position === 'sticky' ? element.getBoundingClientRect().bottom : 0;
    });
    assert.ok(Math.abs(letters.y - header) <= 1, `the letters stick right under the header (${letters.y} / ${header})`);
    await shot(page, `jump-term-${size}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${size}: a process page starts with its steps; the diagram boxes are links; "Op deze pagina" lists the steps`,
    async () => {
      const { page, problems, context } = await watchedPage(browser, options);
      await page.goto(`${server.base}${PROCESS}`);
      const overview = page.getByRole('navigation', { name: 'Stappen van de route' });
      const first = await overview.boundingBox();
      assert.ok(first.y < options.viewport.height, `the steps start on the first screen (${first.y}px)`);
      for (const later of ['.principles', '.route-figure']) {
        if (await page.locator(later).count()) {
          assert.ok((await page.locator(later).boundingBox()).y > first.y, `the steps come before ${later}`);
        }
      }
      await shot(page, `process-top-${size}`);
      const steps = await page.locator('li.step').evaluateAll((all) => all.map((step) => step.id));
      const tocSteps = await page.getByRole('navigation', { name: 'Op deze pagina' }).locator('a[href^="#stap-"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href').slice(1)));
      assert.deepEqual(tocSteps, steps);
      // every box of the diagram shown is a link to its step
      const diagram = page.locator('main svg.route-diagram:visible');
      const boxes = diagram.locator('g[data-stap]');
      const links = await boxes.evaluateAll((all) => all.map((box) => {
        const link = box.closest('a');
        return link && link.getAttribute('href') === `#${box.dataset.stap}`;
      }));
      assert.ok(links.length >= steps.length && links.every(Boolean), 'each box inside a link to its step');
      const box = diagram.locator('g.route-step').nth(1);
      const target = await box.getAttribute('data-stap');
      if (options.hasTouch) await box.tap(); else await box.click();
      await page.waitForURL((url) => url.hash === `#${target}`);
      await landsInSight(page, page.locator(`[id="${target}"] .step-title`), 'a step from its box');
      assert.deepEqual(problems, []);
      await context.close();
    });

  test(`${size}: tables keep their words whole and scroll in their own frame, never the page`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    for (const url of [PROCESS, '/processen/brede-intake-en-pip/']) {
      await page.goto(`${server.base}${url}`);
      const tables = page.locator('main .body table');
      assert.ok(await tables.count() > 0, `${url} has a table`);
      assert.equal(await page.locator('main .body table:not(.tabel-scroll > table)').count(), 0, 'every table in a frame');
      assert.deepEqual(await brokenWords(page, 'main .body table'), [], `${url}: no word broken in a table`);
      assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= innerWidth), `${url}: the page does not scroll sideways`);
      // a frame that scrolls can be reached and scrolled with the keyboard, and is named
      for (const frame of await page.locator('.tabel-scroll').all()) {
        const scrolls = await frame.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
        assert.equal(await frame.getAttribute('tabindex'), scrolls ? '0' : null);
      }
    }
    await page.locator('main .body table').last().scrollIntoViewIfNeeded();
    await shot(page, `table-${size}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${size}: "Wat is er veranderd" next to the version; each diff closed under its title with its counts`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}${PROCESS}`);
    const changes = page.locator('.version-bar').getByRole('link', { name: 'Wat is er veranderd' });
    assert.ok(await changes.isVisible(), 'the link shows in the version bar');
    await Promise.all([page.waitForURL((url) => url.pathname === '/wijzigingen/'), changes.click()]);
    const diffs = page.locator('section.page-diff details.diff-details');
    assert.ok(await diffs.count() > 0);
    assert.equal(await page.locator('section.page-diff details.diff-details[open]').count(), 0, 'all closed');
    for (const summary of await diffs.locator('summary').allInnerTexts()) {
      assert.match(summary, /^Toon de wijzigingen \(\d+ alinea('s)?(, \d+ woord(en)? weg)?(, \d+ woord(en)? erbij)?\)$/);
    }
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 12000, `the page is ${height}px long with every diff closed`);
    await shot(page, `changes-${size}`);
    // the list of changed pages opens the one picked
    const index = page.locator('.changed-index a').first();
    const id = (await index.getAttribute('href')).slice(1);
    await index.click();
    assert.ok(await page.locator(`[id="${id}"] details.diff-details`).evaluate((details) => details.open));
    await landsInSight(page, page.locator(`[id="${id}"] h3`), 'a changed page from the list');
    await shot(page, `changes-open-${size}`);
    assert.deepEqual(await violations(page), [], `axe on /wijzigingen/ with a diff open at ${size}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${size}: "Zoeken" opens the search field alone, at the top, with its results right under it`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}${PROCESS}`);
    const opener = page.locator('[data-menu-knop="zoeken"]');
    const field = page.getByRole('searchbox', { name: 'Zoeken' });
    const mainMenu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    if (size === 'laptop') {
      assert.ok(await opener.isHidden(), 'a wide screen has the field in its header');
    } else {
      await opener.tap();
      assert.equal(await page.evaluate(() => document.activeElement.id), 'zoekveld');
      assert.ok(await mainMenu.isHidden(), 'the menu links are not in the way');
      const box = await field.boundingBox();
      assert.ok(box.y < 160, `the field at the top (${box.y}px)`);
    }
    await field.fill('intake');
    const result = page.locator('.zoek-lijst a').first();
    await result.waitFor();
    const resultBox = await result.boundingBox();
    assert.ok(resultBox.y < 420, `the first result right under the field, above a phone keyboard (${resultBox.y}px)`);
    await shot(page, `search-${size}`);
    assert.deepEqual(await violations(page), [], `axe with the search open at ${size}`);
    if (size !== 'laptop') {
      // "Menu" shows the whole menu, sections first
      await page.locator('[data-menu-knop="menu"]').tap();
      assert.ok(await mainMenu.isVisible());
      assert.equal(await page.locator('[data-menu-knop="zoeken"]').getAttribute('aria-expanded'), 'false');
      await shot(page, `menu-${size}`);
      assert.deepEqual(await violations(page), [], `axe with the menu open at ${size}`);
      await page.keyboard.press('Escape');
      assert.ok(await mainMenu.isHidden());
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a screen reader hears which words went and which came, as separate words', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/wijzigingen/`);
  const paragraph = page.locator('.diff p:has(del):has(ins)').first();
  await paragraph.evaluate((p) => { p.closest('details').open = true; });
  // the text itself keeps them apart: never <del>…</del><ins>…</ins> without a space
  assert.ok(await page.locator('.diff').evaluateAll((diffs) => diffs.every((diff) =>
    [...diff.querySelectorAll('ins')].every((ins) => ins.previousSibling?.nodeName !== 'DEL'))), 'a space between them');
  // and Chromium's accessibility tree reads "verwijderd" and "toegevoegd" around them
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const texts = nodes.filter((node) => node.role?.value === 'StaticText').map((node) => node.name?.value ?? '');
  assert.ok(texts.some((text) => text.includes('[verwijderd:')), 'verwijderd is read');
  assert.ok(texts.some((text) => text.includes('[toegevoegd:')), 'toegevoegd is read');
  assert.ok(texts.some((text) => text.includes('einde toegevoegd]')));
  // but not seen
  const shown = await page.locator('.diff del').first().evaluate((del) => getComputedStyle(del, '::before').clipPath);
  assert.notEqual(shown, 'none');
  await cdp.detach();
  assert.deepEqual(problems, []);
  await context.close();
});
