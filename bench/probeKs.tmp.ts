import { closeBrowser, launchInBrowser } from '../e2e/harness/browserHost';
async function main() {
  const host = await launchInBrowser({ startupPath: process.env.DRAFT ?? '/tmp/ph/d100.txt' });
  const page = host.page;
  await page.locator('body[data-check-state=idle]').waitFor({ state: 'attached', timeout: 120_000 });
  await page.evaluate(() => {
    const w = window as any;
    w.__log = [];
    new MutationObserver(() => w.__log.push(['state:' + document.body.dataset.checkState, performance.now()])).observe(document.body, { attributes: true, attributeFilter: ['data-check-state'] });
    document.addEventListener('beforeinput', () => w.__log.push(['key', performance.now()]), { capture: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__log.push(['long' + Math.round(e.duration), e.startTime]))).observe({ type: 'longtask' });
  });
  await page.locator('[data-testid=review-tab-claims]').click();
  await page.locator('.cm-content').click({ position: { x: 40, y: 40 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.type('测');
    await page.waitForTimeout(400);
  }
  const { profile } = await cdp.send('Profiler.stop');
  require('node:fs').writeFileSync('/tmp/ph/renderer.cpuprofile', JSON.stringify(profile));
  const log: [string, number][] = await page.evaluate(() => (window as any).__log);
  let t0 = 0;
  console.log(log.map(([k, t]) => { if (k === 'key') t0 = t; return `${k}+${Math.round(t - t0)}`; }).join(' '));
  await host.close();
  await closeBrowser();
}
main().catch((e) => { console.log('ERR', e.message); process.exit(1); });
