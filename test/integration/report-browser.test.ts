// A real browser renders the report: Debian's chromium, driven by playwright-core through its path (a
// downloaded browser cannot work here). A year of synthetic history, opened from file://: every chart
// drawn, the text equivalents there, no console error, no request beyond the file, nothing wider than a
// phone. Screenshots (desktop, phone, dark) and a PDF go to test/artifacts/ for a person to look at.
// Without a browser this skips with one line saying why, except under CI=true, where it fails instead.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

const CHROMIUM = process.env.FOURPOINT_CHROMIUM ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const ARTIFACTS = join(ROOT, 'test', 'artifacts');
const DAY = '2026-11-23';

if (!haveBrowser && process.env.CI !== 'true') console.warn(`report browser test skipped: no chromium at ${CHROMIUM} (apt-get install chromium, or set FOURPOINT_CHROMIUM)`);

describe.skipIf(!haveBrowser && process.env.CI !== 'true')('the report in a real browser', () => {
  let home: string;
  let file: string;
  let browser: Browser;

  beforeAll(async () => {
    expect(haveBrowser, `CI=true needs a browser at ${CHROMIUM}: .ci/run installs Debian's chromium`).toBe(true);
    home = tempDir();
    const { ensureStore } = (await import(pathToFileURL(join(ROOT, 'bench', 'synthetic.mjs')).href)) as { ensureStore(root: string, dir: string, size: number, today: string): Promise<void> };
    // About four entries a day: 1,500 entries are a little over a year.
    await ensureStore(ROOT, join(home, 'store'), 1500, DAY);
    const r = cli(home, ['report', '--since', '1y', '--include', 'all', '--out', 'year.html'], { env: { ...onDay(DAY), FOURPOINT_HOME: join(home, 'store') } });
    expect(r.code, r.stderr).toBe(0);
    file = join(home, 'year.html');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (home) removeDir(home);
  });

  async function open(width: number, height: number, colorScheme: 'light' | 'dark' = 'light') {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (req) => {
      if (req.url() !== pathToFileURL(file).href) problems.push(`request: ${req.url()}`);
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems };
  }

  it('draws every chart with its text equivalent, with no console error and no request, at desktop width', async () => {
    const { page, problems } = await open(1280, 900);
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => {
        const box = s.getBoundingClientRect();
        const path = s.querySelector('path.average');
        return {
          id: s.id,
          width: box.width,
          height: box.height,
          dots: s.querySelectorAll('circle.dot').length,
          line: path ? (path as SVGPathElement).getTotalLength() : 0,
          label: s.getAttribute('aria-labelledby'),
          desc: s.querySelector('desc')?.textContent ?? '',
          caption: s.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
        };
      }),
    );
    expect(charts.map((c) => c.id)).toEqual(['chart-urge', 'chart-mood']);
    for (const c of charts) {
      expect(c.width, c.id).toBeGreaterThan(300);
      expect(c.height, c.id).toBeGreaterThan(80);
      expect(c.dots, c.id).toBeGreaterThan(300);
      expect(c.line, c.id).toBeGreaterThan(300);
      expect(c.desc, c.id).toMatch(/recorded on \d+ of 365 days/);
      expect(c.caption, c.id).toContain(c.desc);
    }
    // The text equivalents: a week-by-week table for the charts, a month table for the calendar.
    expect(await page.locator('#trends table tbody tr').count()).toBe(53);
    expect(await page.locator('#calendar table.month').count()).toBeGreaterThanOrEqual(12);
    expect(await page.locator('#calendar td.on-track').count()).toBeGreaterThan(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Private recovery report');
    expect(await page.locator('h2').allTextContents()).toEqual(['At a glance', 'Calendar', 'Urge and mood', 'The four points', 'Triggers and what helped', 'Milestones', 'Lapses and what was learned', 'Worksheets', 'Notes']);
    // A whole year's page is tall: on a loaded machine its screenshot took 40 s.
    await page.screenshot({ path: join(ARTIFACTS, 'report-desktop.png'), fullPage: true, timeout: 240_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'report-desktop-top.png'), timeout: 120_000 });
    await page.locator('#chart-urge').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'report-desktop-charts.png'), timeout: 120_000 });
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(ARTIFACTS, 'report.pdf'), format: 'A4', printBackground: true, timeout: 240_000 });
    expect(statSync(join(ARTIFACTS, 'report.pdf')).size).toBeGreaterThan(10_000);
    expect(readFileSync(join(ARTIFACTS, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000);

  it('reads on a phone, light and dark: nothing wider than the screen', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems } = await open(390, 844, scheme);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, scheme).toBeLessThanOrEqual(0);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, scheme).toBe(scheme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(255, 255, 255)');
      const chart = await page.locator('#chart-urge').boundingBox();
      expect(chart!.width).toBeGreaterThan(250);
      expect(chart!.width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(ARTIFACTS, `report-phone-${scheme}.png`), timeout: 120_000 });
      await page.locator('#chart-urge').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(ARTIFACTS, `report-phone-${scheme}-charts.png`), timeout: 120_000 });
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 300_000);
});
