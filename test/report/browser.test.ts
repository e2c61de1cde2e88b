import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, formatReport } from '../../src/index.js';
import { chromiumPath } from '../helpers/chromium.js';
import { ROOT, seedInputs } from '../helpers/seeds.js';

const OUT = join(ROOT, 'test-results');

describe('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const inputs = seedInputs();
  const report = analyze(inputs);

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'seeds-report.html');
    writeFileSync(file, formatReport(report, 'html', { inputs }));
    browser = await chromium.launch({
      executablePath: await chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    // unpacking the npm package's Chromium on first use takes a few seconds
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads with no network request and shows the heatmap and the discrepancy list', async () => {
    expect(requests).toEqual([]);
    await expect.poll(() => page.locator('#heatmap').isVisible()).toBe(true);
    expect(await page.locator('#heatmap tbody tr').count()).toBe(5);
    const cells = await page.locator('#heatmap td.cell').count();
    expect(cells).toBe(5 * report.clusters.filter((c) => c.outlets.length > 1).slice(0, 40).length);
    // cells are painted in a palette safe for colour-blind readers (Okabe and Ito): blue agrees, orange differs
    const colourOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor);
    expect(await colourOf('#heatmap td.agrees')).toMatch(/^rgba?\(0, 114, 178/);
    expect(await colourOf('#heatmap td.differs')).toMatch(/^rgba?\(213, 94, 0/);
    expect(await page.locator('#discrepancy-list').isVisible()).toBe(true);
    expect(await page.locator('#discrepancy-list > li').count()).toBe(report.discrepancies.length);
  });

  it('highlights the evidence in every article when a discrepancy is clicked', async () => {
    const time = report.discrepancies.find((d) => d.kind === 'time');
    expect(time).toBeDefined();
    expect(await page.locator('mark.active').count()).toBe(0);
    const item = page.locator(`.discrepancy[data-d="${time?.id}"]`);
    await item.click();
    expect(await item.getAttribute('aria-pressed')).toBe('true');
    const active = page.locator('mark.active');
    const texts = await active.allTextContents();
    expect(texts).toContain('8:25 a.m.');
    expect(texts).toContain('8:00 am (0500 GMT)');
    // the highlighted evidence spans the articles of every side, and is painted
    const articles = await active.evaluateAll((els) => [
      ...new Set(els.map((e) => e.closest('article')?.getAttribute('data-article'))),
    ]);
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const colour = await active
      .first()
      .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor);
    expect(colour).not.toBe('rgba(0, 0, 0, 0)');
    await expect.poll(() => active.first().isVisible()).toBe(true);
    await page.screenshot({ path: join(OUT, 'seeds-report-clicked.png') });
    // a second click clears it
    await item.click();
    expect(await page.locator('mark.active').count()).toBe(0);
  });

  it('selects a claim column from the heatmap and highlights that claim in the articles', async () => {
    await page.locator('#heatmap thead button.col').first().click();
    expect(await page.locator('#heatmap td.selected').count()).toBe(5);
    expect(await page.locator('mark.active').count()).toBeGreaterThan(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(OUT, 'seeds-report.png') });
  });

  it('labels every heatmap column with the words of its claim', async () => {
    const labels = await page.locator('#heatmap thead button.col .label').allTextContents();
    expect(labels.length).toBe(await page.locator('#heatmap thead button.col').count());
    for (const label of labels) expect(label.trim().length).toBeGreaterThan(3);
    expect(labels[0]).toMatch(/^\p{L}/u);
  });

  it('filters the discrepancies by kind and severity, and exports them', async () => {
    const all = report.discrepancies.length;
    const shown = () => page.locator('#discrepancy-list > li:not([hidden])').count();
    expect(await shown()).toBe(all);
    await page.selectOption('#discrepancy-filter select[name=kind]', 'spelling');
    expect(await shown()).toBe(report.discrepancies.filter((d) => d.kind === 'spelling').length);
    await page.selectOption('#discrepancy-filter select[name=kind]', '');
    await page.selectOption('#discrepancy-filter select[name=sev]', '0.6');
    expect(await shown()).toBe(report.discrepancies.filter((d) => d.severity >= 0.6).length);
    await page.selectOption('#discrepancy-filter select[name=sev]', '0');
    const download = page.waitForEvent('download');
    await page.click('#discrepancy-filter [data-export=json]');
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { id: string }[];
    expect(exported.map((d) => d.id).sort()).toEqual(report.discrepancies.map((d) => d.id).sort());
  });

  it('marks the lines left out of the comparison, and prints each article whole', async () => {
    // AFP's copyright line is removed from the comparison and shown struck through
    const removed = await page.locator('del.removed').allTextContents();
    expect(removed.some((t) => t.includes('Copyright AFP'))).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const clipped = await page
      .locator('article .text')
      .evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1).length);
    expect(clipped).toBe(0);
    await page.emulateMedia({ media: 'screen' });
  });
});
