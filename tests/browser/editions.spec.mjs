// Each organisation its own edition (issue 30; docs/content.md "Edities",
// "Huisstijl"): the sample built with --alle-edities. In Chromium, an
// edition is restyled by its organisation's NL Design System tokens
// (computed styles), the regional site keeps the theme's own look, an
// edition shows its own local block first and open with the others' closed
// under "Zo doen anderen het", and axe finds no WCAG 2.1 A/AA violation
// (contrast included) in any edition, at phone and desktop size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage, violations } from './support/site.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const binary = process.env.HANDBOEK_BINARY || path.join(repo, 'build-test/generator/handboek');
const EDITIONS = ['buch', 'halte-werk', 'wnk'];
const VIEWPORTS = [{ width: 1280, height: 900 }, { width: 390, height: 844 }];

let scratch;
const servers = {};
let browser;
before(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-editions-'));
  const site = path.join(scratch, 'site');
  for (const part of ['site.yaml', 'woordenlijst.txt', 'content', 'forms', 'themes', 'tokens']) {
    fs.cpSync(path.join(repo, part), path.join(site, part), { recursive: true });
  }
  const built = spawnSync(binary, ['build', site, '--alle-edities', '-o', path.join(scratch, 'public'), '--quiet'],
    { env: { ...process.env, HANDBOEK_WEASYPRINT: 'off' }, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  servers.regio = await serve(path.join(scratch, 'public'));
  for (const id of EDITIONS) servers[id] = await serve(path.join(scratch, `public-${id}`));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const server of Object.values(servers)) await server.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

// The computed styles the tokens change: a link in the text, the body font,
// a heading, the search button.
async function look(page) {
  return page.evaluate(() => {
    const style = (element) => getComputedStyle(element);
    // a plain link in the text ("Zie ook"; local blocks and terms have their own colours)
    const link = [...document.querySelectorAll('main li > a[href]')].find((a) => a.textContent === 'Mens in beeld');
    const button = document.querySelector('.zoek-knop');
    return {
      link: style(link).color,
      font: style(document.body).fontFamily,
      heading: style(document.querySelector('h1')).color,
      button: style(button).backgroundColor,
      buttonRadius: style(button).borderTopRightRadius,
    };
  });
}

test('the tokens restyle each edition that has them; the regional site and WNK keep the theme look', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: VIEWPORTS[0] });
  await page.goto(`${servers.regio.base}/processen/brede-intake-en-pip/`);
  const regional = await look(page);
  assert.equal(regional.link, 'rgb(28, 79, 140)');
  assert.equal(regional.button, 'rgb(28, 79, 140)');
  assert.equal(regional.heading, 'rgb(23, 32, 42)');
  assert.match(regional.font, /^system-ui/);

  await page.goto(`${servers['halte-werk'].base}/processen/brede-intake-en-pip/`);
  assert.equal(await page.locator('link[rel="stylesheet"][href*="tokens."]').count(), 1);
  const halte = await look(page);
  assert.equal(halte.link, 'rgb(0, 102, 92)');
  assert.equal(halte.button, 'rgb(0, 102, 92)');
  assert.equal(halte.heading, 'rgb(0, 69, 62)');
  assert.equal(halte.buttonRadius, '0px');
  assert.match(halte.font, /^"Trebuchet MS"/);

  await page.goto(`${servers.buch.base}/processen/brede-intake-en-pip/`);
  const buch = await look(page);
  assert.equal(buch.link, 'rgb(91, 42, 134)');
  assert.equal(buch.button, 'rgb(91, 42, 134)');
  assert.match(buch.font, /^Verdana/);

  await page.goto(`${servers.wnk.base}/processen/brede-intake-en-pip/`);  // no tokens of its own
  assert.equal(await page.locator('link[rel="stylesheet"][href*="tokens."]').count(), 0);
  assert.deepEqual(await look(page), regional);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an edition shows its own practice first and open, the others closed under "Zo doen anderen het"', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: VIEWPORTS[1] });
  await page.goto(`${servers['halte-werk'].base}/processen/brede-intake-en-pip/`);
  assert.equal(await page.getByLabel('Mijn organisatie').count(), 0);
  assert.equal(await page.locator('.site-editie').textContent(), 'Halte Werk');
  const group = page.locator('.lokaal-groep.lokaal-editie').first();
  const own = group.locator('details.lokaal-eigen');
  assert.match(await own.locator('summary').textContent(), /Zo doen wij het bij\s+Halte Werk/);
  assert.equal(await own.getAttribute('open'), '');
  assert.ok(await own.locator('.lokaal-tekst').isVisible());
  const others = group.locator('details.lokaal-anderen');
  assert.equal(await others.getAttribute('open'), null);
  assert.equal(await others.locator('.lokaal-ander').first().isVisible(), false);
  await others.locator('summary').click();
  assert.ok(await others.locator('.lokaal-ander').first().isVisible());
  assert.deepEqual(await others.locator('.lokaal-ander-label').allTextContents(),
    ['Lokale afspraak BUCH', 'Lokale afspraak WNK Personeelsdiensten']);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const id of EDITIONS) {
  test(`axe: the ${id} edition has no WCAG 2.1 A/AA violations (contrast with its tokens), phone and desktop`, async () => {
    for (const viewport of VIEWPORTS) {
      const { page, problems, context } = await watchedPage(browser, { viewport });
      for (const url of ['/', '/processen/brede-intake-en-pip/', '/over/partners/', '/formulieren/']) {
        await page.goto(`${servers[id].base}${url}`);
        const others = page.locator('details.lokaal-anderen');
        for (let i = 0; i < await others.count(); ++i) await others.nth(i).evaluate((details) => { details.open = true; });
        assert.deepEqual(await violations(page), [], `axe on ${id} ${url} at ${viewport.width}px`);
      }
      await page.locator('main a[href]').first().focus();  // the focus style of the tokens
      assert.deepEqual(await violations(page), [], `axe with a focused link on ${id}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}
