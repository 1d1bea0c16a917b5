// `handboek serve` in a real browser: an editor saves a page and the open
// tab shows the new text by itself; a mistake shows as an overlay while the
// last good page stays; paths that try to leave the site are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { launch } from './support/site.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const binary = process.env.HANDBOEK_BINARY || path.join(repo, 'build-test/generator/handboek');

let site;
let server;
let base;
let browser;

// Starts `handboek serve` on a copy of the basic fixture and waits for its URL.
before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-serve-'));
  fs.cpSync(path.join(repo, 'tests/fixtures/sites/basic'), site, { recursive: true });
  fs.cpSync(path.join(repo, 'themes'), path.join(site, 'themes'), { recursive: true });
  server = spawn(binary, ['serve', site, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  base = await new Promise((resolve, reject) => {
    let output = '';
    server.stderr.on('data', (chunk) => {
      output += chunk;
      const found = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (found) resolve(found[0].replace(/\/$/, ''));
    });
    server.on('exit', (code) => reject(new Error(`serve stopped (${code}): ${output}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  fs.rmSync(site, { recursive: true, force: true });
});

const visie = () => path.join(site, 'content/over/visie.md');

test('saving a page reloads the open tab with the new text', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/over/visie/`);
  assert.match(await page.locator('main').innerText(), /Wij werken samen\./);
  fs.writeFileSync(visie(), fs.readFileSync(visie(), 'utf8').replace('Wij werken samen.', 'Wij werken echt samen.'));
  await page.locator('main', { hasText: 'Wij werken echt samen.' }).waitFor({ timeout: 10000 });
  await page.close();
});

test('a content error shows as an overlay with path:line:col while the last good page stays', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/over/visie/`);
  const good = fs.readFileSync(visie(), 'utf8');
  fs.writeFileSync(visie(), good.replace('Wij werken', 'Zie [de kaart](kaart.md). Wij werken'));
  const overlay = page.locator('#handboek-fouten');
  await overlay.waitFor({ timeout: 10000 });
  assert.match(await overlay.innerText(), /content\/over\/visie\.md:8:5: error: link naar een pagina die niet bestaat: 'content\/over\/kaart\.md'/);
  assert.doesNotMatch(await page.locator('main').innerText(), /de kaart/, 'the last good version is still shown');

  fs.writeFileSync(visie(), good);  // fixed: the page reloads, the overlay is gone
  await page.waitForFunction(() => !document.getElementById('handboek-fouten'), null, { timeout: 10000 });
  await page.close();
});

// A raw request (no URL normalisation by a browser or fetch).
function rawGet(target) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const request = http.request({ hostname, port, path: target, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.on('error', reject);
    request.end();
  });
}

test('paths that leave the site are refused with 404', async () => {
  for (const target of ['/../site.yaml', '/%2e%2e/site.yaml', '/over/%2E%2E/%2e%2e/site.yaml', '/..%2fsite.yaml',
                        '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/content/over/visie.md']) {
    assert.equal(await rawGet(target), 404, target);
  }
  assert.equal(await rawGet('/over/visie/'), 200);
});
