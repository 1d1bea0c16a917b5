// Readers respond (site.yaml `feedback`, `edit_url`; docs/content.md
// "Reageren"): under every page "Klopt er iets niet?" and "Stel een
// wijziging voor" are plain links a finger can hit, at phone and desktop
// size, with the page filled in; printed, they are gone. No script involved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage } from './support/site.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const binary = process.env.HANDBOEK_BINARY || path.join(repo, 'build-test/generator/handboek');

let scratch;
let server;
let browser;
before(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-respond-'));
  const site = path.join(scratch, 'site');
  fs.cpSync(path.join(repo, 'tests/fixtures/sites/basic'), site, { recursive: true });
  fs.cpSync(path.join(repo, 'themes'), path.join(site, 'themes'), { recursive: true });
  fs.appendFileSync(path.join(site, 'site.yaml'),
    'feedback: mailto:redactie@example.test\nedit_url: https://git.example.test/handboek/_edit/main/{pad}\n');
  const built = spawnSync(binary, ['build', site, '-o', path.join(scratch, 'public'), '--quiet'],
    { env: { ...process.env, HANDBOEK_WEASYPRINT: 'off' }, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await serve(path.join(scratch, 'public'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  test(`the respond links are visible, large enough to tap and filled in (${name})`, async () => {
    const { page, problems, context } = await watchedPage(browser, { viewport, javaScriptEnabled: false });
    await page.goto(`${server.base}/processen/intake/`);
    const feedback = page.getByRole('link', { name: 'Klopt er iets niet?' });
    const edit = page.getByRole('link', { name: 'Stel een wijziging voor' });
    await feedback.scrollIntoViewIfNeeded();
    assert.ok(await feedback.isVisible());
    assert.ok(await edit.isVisible());
    for (const link of [feedback, edit]) {
      const box = await link.boundingBox();
      assert.ok(box.height >= 44, `tap target ${box.height}px high`);
      assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, 'inside the viewport');
    }
    const mail = new URL(await feedback.getAttribute('href'));
    assert.equal(mail.protocol, 'mailto:');
    assert.equal(mail.pathname, 'redactie@example.test');
    const title = await page.locator('h1').first().innerText();
    assert.ok(mail.searchParams.get('subject').startsWith(title), mail.searchParams.get('subject'));
    assert.ok(mail.searchParams.get('body').startsWith('https://handboek.example.test/processen/intake/\n'));
    assert.equal(await edit.getAttribute('href'),
      'https://git.example.test/handboek/_edit/main/content/processen/intake.md');
    if (process.env.HANDBOEK_SCREENSHOTS) {
      await page.screenshot({ path: path.join(process.env.HANDBOEK_SCREENSHOTS, `respond-${name}.png`) });
    }
    await page.emulateMedia({ media: 'print' });
    assert.equal(await feedback.isVisible(), false, 'not printed');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
