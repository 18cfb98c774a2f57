import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' });
const p = await b.newPage({ viewport: { width: 375, height: 812 } });
for (const u of ['/en/0001-kubernetes/costs/?rate=80&months=36', '/en/0001-kubernetes/costs/?utm_source=x', '/nb/0001-kubernetes/migreringstriggere/?nodes=6', '/nb/0001-kubernetes/migreringstriggere/']) {
  await p.goto('http://127.0.0.1:4599' + u); await p.waitForLoadState('load');
  console.log(u, '->', p.url());
}
await b.close();
