import { describe, expect, it } from 'vitest';
import { moveIslandProps } from '../../src/lib/site/islandProps';

/** An island start tag as Astro writes it: attribute values escaped, `>` included. */
const island = (client: string, props: string) =>
  `<astro-island uid="a1" component-url="/_astro/Tool.js" renderer-url="/_astro/hydrate.js" props="${props}" ssr client="${client}" opts="{&quot;name&quot;:&quot;Tool&quot;}" await-children><p>Server HTML</p></astro-island>`;
const urlFor = (json: string) => `/base/_astro/props/${json.length}.json`;

describe('moveIslandProps', () => {
  it.each([
    ['quotes', '{&quot;lang&quot;:[0,&quot;nb&quot;]}', '{"lang":[0,"nb"]}'],
    ['the five characters Astro escapes', '{&quot;s&quot;:[0,&quot;A &amp; B &lt; C &gt; D &#39;E&#39;&quot;]}', `{"s":[0,"A & B < C > D 'E'"]}`],
    ['letters outside ASCII, as written', '{&quot;s&quot;:[0,&quot;Ærlig talt, 1 000 € – «nå»&quot;]}', '{"s":[0,"Ærlig talt, 1 000 € – «nå»"]}'],
  ])('writes an interaction island’s props to their file as the browser reads the attribute: %s', (_, attribute, json) => {
    const { html, files } = moveIslandProps(island('interaction', attribute), urlFor);
    expect(files).toEqual([{ url: urlFor(json), json }]);
    expect(html).toBe(island('interaction', '').replace(' props=""', ` data-props-src="${urlFor(json)}"`));
    expect(html).not.toContain('props="');
  });

  it.each([
    ['hydrates on load', island('load', '{&quot;a&quot;:[0,1]}')],
    ['hydrates when visible', island('visible', '{&quot;a&quot;:[0,1]}')],
    ['has no props', island('interaction', '').replace(' props=""', '')],
  ])('leaves an island that %s as it is', (_, html) => {
    expect(moveIslandProps(html, urlFor)).toEqual({ html, files: [] });
  });

  it('moves each island of a page, the rest of the page untouched', () => {
    const page = `<main>${island('interaction', '{&quot;a&quot;:[0,1]}')}<p>Between</p>${island('interaction', '{&quot;b&quot;:[0,22]}')}</main>`;
    const { html, files } = moveIslandProps(page, urlFor);
    expect(files.map((f) => f.json)).toEqual(['{"a":[0,1]}', '{"b":[0,22]}']);
    expect(html).toContain('<p>Server HTML</p></astro-island><p>Between</p><astro-island');
    expect(html.match(/data-props-src="/g)).toHaveLength(2);
  });
});
