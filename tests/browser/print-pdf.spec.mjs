// The training map's PDF as a trainer hands it out (issue 25): weasyprint
// (which makes the PDF at build time) and Chromium (a reader's "Print")
// draw the same page the same way. The page with the route diagram is
// printed by both and compared at low resolution: the same layout within a
// tolerance, and neither is mostly ink (the diagram's boxes were solid
// black in weasyprint while Chromium drew them light). Needs the site built
// with weasyprint (the map's .pdf beside its page) and poppler-utils.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir } from './support/site.mjs';

const MAP = '/trainingen/moreel-beraad/';
const WEASYPRINT_PDF = path.join(siteDir, 'trainingen/moreel-beraad/moreel-beraad.pdf');
const DPI = 15;       // A4 is 124 x 175 pixels: the layout, not the letters
const BLOCK = 5;      // compared in blocks of 5 x 5 pixels (8.5 mm)
const TOLERANCE = 0.06;  // mean difference of the blocks' grey, 0 (same) to 1

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

function pageCount(pdf) {
  return Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
}

// The first page whose text holds `needle`.
function pageWith(pdf, needle) {
  for (let n = 1; n <= pageCount(pdf); n++) {
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
    if (text.includes(needle)) return n;
  }
  return 0;
}

// Page `n` as a greyscale image: { width, height, pixels } from pdftoppm's PGM.
function greyPage(pdf, n, dir) {
  const prefix = path.join(dir, `${path.basename(pdf, '.pdf')}-${n}`);
  execFileSync('pdftoppm', ['-gray', '-r', String(DPI), '-singlefile', '-f', String(n), '-l', String(n), pdf, prefix]);
  const data = fs.readFileSync(`${prefix}.pgm`);
  const header = data.toString('latin1', 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  return { width, height, pixels: data.subarray(header[0].length, header[0].length + width * height) };
}

function inkShare({ pixels }) {
  let dark = 0;
  for (const grey of pixels) if (grey < 128) dark++;
  return dark / pixels.length;
}

// Mean absolute difference of the blocks' average grey (0..1).
function blockDifference(a, b) {
  const width = Math.min(a.width, b.width);
  const height = Math.min(a.height, b.height);
  let total = 0;
  let blocks = 0;
  for (let y = 0; y + BLOCK <= height; y += BLOCK) {
    for (let x = 0; x + BLOCK <= width; x += BLOCK) {
      let sumA = 0;
      let sumB = 0;
      for (let dy = 0; dy < BLOCK; dy++) {
        for (let dx = 0; dx < BLOCK; dx++) {
          sumA += a.pixels[(y + dy) * a.width + x + dx];
          sumB += b.pixels[(y + dy) * b.width + x + dx];
        }
      }
      total += Math.abs(sumA - sumB) / (BLOCK * BLOCK * 255);
      blocks++;
    }
  }
  return total / blocks;
}

test('the route diagram page: weasyprint prints it as Chromium does, not in ink', async (t) => {
  if (!fs.existsSync(WEASYPRINT_PDF)) {
    t.skip(`no ${WEASYPRINT_PDF}: the site was built without weasyprint`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-print-pdf-'));
  try {
    const { page, problems, context } = await watchedPage(browser);
    await page.goto(`${server.base}${MAP}`);
    const chromiumPdf = path.join(dir, 'chromium.pdf');
    await page.pdf({ path: chromiumPdf, preferCSSPageSize: true, printBackground: true });
    await context.close();
    assert.deepEqual(problems, []);

    const heading = 'De route stap voor stap';
    const weasyprintPage = pageWith(WEASYPRINT_PDF, heading);
    const chromiumPage = pageWith(chromiumPdf, heading);
    assert.ok(weasyprintPage > 0 && chromiumPage > 0, 'both PDFs have the route page');
    assert.equal(weasyprintPage, chromiumPage, 'the route starts on the same page in both');

    const weasyprint = greyPage(WEASYPRINT_PDF, weasyprintPage, dir);
    const chromium = greyPage(chromiumPdf, chromiumPage, dir);
    assert.ok(Math.abs(weasyprint.width - chromium.width) <= 1 && Math.abs(weasyprint.height - chromium.height) <= 1,
      'both A4');
    assert.ok(inkShare(weasyprint) < 0.1, `weasyprint's route page is ${Math.round(inkShare(weasyprint) * 100)}% ink`);
    assert.ok(inkShare(chromium) < 0.1, `Chromium's route page is ${Math.round(inkShare(chromium) * 100)}% ink`);
    const difference = blockDifference(weasyprint, chromium);
    assert.ok(difference < TOLERANCE,
      `the two prints of the route page differ by ${difference.toFixed(3)} (tolerance ${TOLERANCE})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('in print the step badge stands beside "Stap n", and each meta label before its value', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/moreel-beraad/`);
  await page.emulateMedia({ media: 'print' });
  const steps = page.locator('.step');
  assert.ok(await steps.count() >= 3);
  for (let i = 0; i < 3; i++) {
    const badge = await steps.nth(i).locator('.step-badge').boundingBox();
    const number = await steps.nth(i).locator('.step-number').boundingBox();
    const title = await steps.nth(i).locator('.step-title').boundingBox();
    assert.ok(badge && number && title);
    assert.ok(badge.x + badge.width <= number.x, `step ${i + 1}: the badge ends before "Stap ${i + 1}"`);
    assert.ok(badge.x + badge.width <= title.x, `step ${i + 1}: the badge ends before the title`);
  }
  const facts = page.locator('.page-meta > div');
  assert.ok(await facts.count() >= 1);
  for (let i = 0; i < await facts.count(); i++) {
    const label = await facts.nth(i).locator('dt').boundingBox();
    const value = await facts.nth(i).locator('dd').boundingBox();
    const sameLine = Math.abs(label.y - value.y) < 2;
    assert.ok(sameLine && label.x + label.width <= value.x, `meta ${i + 1}: the label before its value`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
