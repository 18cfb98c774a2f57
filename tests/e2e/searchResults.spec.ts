/**
 * Search results quote the content, never the page's furniture (heading tools, stars'
 * text alternatives, the tools' labels and controls), no two results quote the same text,
 * and each result opens its page at the heading of the section that matched.
 */
import { test, expect } from './fixtures';
import en from '../../src/i18n/en.json' with { type: 'json' };
import nb from '../../src/i18n/nb.json' with { type: 'json' };

const STRINGS = { en, nb } as const;
const prefix = (template: string) => template.slice(0, template.indexOf('{'));

/** Text that only page furniture carries, in the page's language. */
function chrome(lang: 'nb' | 'en'): (string | RegExp)[] {
  const s = STRINGS[lang];
  return [
    prefix(s.nav.copySectionLink),
    prefix(s.nav.linkToSection),
    new RegExp(s.alternatives.stars_other.replace('{{count}}', '\\d+')),
    '⭐',
    '✗',
    '✓',
    `${s.checklist.notMet} `,
    s.island.copyLink,
    s.island.copyChat,
    s.island.copyTable,
    s.island.reset,
    s.island.keptLastValid,
    s.calculator.assumptions,
    s.checklist.figures,
    s.checklist.questions,
  ];
}

const SEARCHES = [
  ['en', 'swarm', '/en/0001-kubernetes/alternatives/'],
  ['nb', 'swarm', '/nb/0001-kubernetes/alternativer/'],
  ['en', 'Helm', '/en/0001-kubernetes/costs/'],
  ['nb', 'Helm', '/nb/0001-kubernetes/kostnader/'],
  ['nb', 'læreplan', '/nb/0001-kubernetes/laering/'],
] as const;

for (const [lang, query, expected] of SEARCHES) {
  test(`“${query}” (${lang}): excerpts are content only, each its own, and links open at a heading`, async ({ page }) => {
    await page.goto(`/${lang}/${STRINGS[lang].search.slug}/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-status')).toContainText(query);
    const links = page.locator('.search-results a');
    await expect(links.first()).toBeVisible();

    const excerpts = await page.locator('.search-results p').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      for (const text of chrome(lang)) {
        if (typeof text === 'string') expect(excerpt, `excerpt quotes “${text}”`).not.toContain(text);
        else expect(excerpt).not.toMatch(text);
      }
    }
    expect(new Set(excerpts).size, 'no two results quote the same text').toBe(excerpts.length);

    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.map((h) => new URL(h).pathname)).toContain(expected);
    expect(new URL(hrefs[0]!).hash, 'the best result opens at its section').not.toBe('');
    // Every link lands on a heading of its page: the section's, or the page's own h1.
    for (const href of new Set(hrefs)) {
      const { pathname, hash } = new URL(href);
      expect(pathname.startsWith(`/${lang}/`), href).toBe(true);
      await page.goto(href);
      const target = hash ? page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`) : page.locator('h1');
      await expect(target, href).toHaveCount(1);
      expect(await target.evaluate((el) => el.tagName), href).toMatch(/^H[1-3]$/);
      await expect(target, href).toBeInViewport();
    }
  });
}

test('a result opens by click at the heading where the word is', async ({ page }) => {
  await page.goto('/en/search/?q=Helm');
  const first = page.locator('.search-results a').first();
  await expect(first).toHaveText(/›/);
  await first.click();
  await expect(page).toHaveURL(/\/en\/0001-kubernetes\/costs\/#kubernetes-if-you-migrate$/);
  const heading = page.locator('#kubernetes-if-you-migrate');
  await expect(heading).toBeInViewport();
  await expect(page.locator('.prose')).toContainText('Helm');
});

// A tool's fields and tables are left out of the index; what it computes is said beside it,
// and its answer for the record's own figures is read (src/lib/site/toolAnswers.ts): a
// word of either finds the tool's page.
for (const [lang, query, calculator] of [
  ['en', 'break-even', '/en/0001-kubernetes/calculator/'],
  ['nb', 'balansepunkt', '/nb/0001-kubernetes/kalkulator/'],
  ['en', 'cheapest', '/en/0001-kubernetes/calculator/'],
  ['nb', 'billigst', '/nb/0001-kubernetes/kalkulator/'],
] as const) {
  test(`“${query}” (${lang}) finds the tool that computes it or answers with it`, async ({ page }) => {
    await page.goto(`/${lang}/${STRINGS[lang].search.slug}/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-results a').first()).toBeVisible();
    const pages = await page.locator('.search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(pages).toContain(calculator);
    await expect(page.locator('.search-other')).toBeHidden();
  });
}

for (const [lang, query, other, offer] of [
  ['en', 'kostnad', 'nb', 'Search the Norwegian pages for “kostnad”'],
  ['nb', 'costs', 'en', 'Søk i de engelske sidene etter «costs»'],
] as const) {
  test(`no results for “${query}” in ${lang} offers the ${other} search, which finds it`, async ({ page }) => {
    await page.goto(`/${lang}/${STRINGS[lang].search.slug}/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-status')).toHaveText(STRINGS[lang].search.none.replace('{query}', query));
    const offer_ = page.getByRole('link', { name: offer });
    await expect(offer_).toHaveAttribute('hreflang', other);
    await offer_.click();
    await expect(page).toHaveURL(new RegExp(`/${other}/${STRINGS[other].search.slug}/\\?q=${query}$`));
    await expect(page.locator('.search-results a').first()).toBeVisible();
  });
}

test('“/” and Ctrl+K move to the search field from any page; a “/” typed in a field stays', async ({ page }) => {
  await page.goto('/en/0001-kubernetes/costs/');
  const field = page.locator('#site-search-q');
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await page.keyboard.type('helm/chart');
  await expect(field).toHaveValue('helm/chart');
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(field).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=helm%2Fchart$/);
  await expect(page.locator('.search-status')).toContainText('helm/chart');
});
