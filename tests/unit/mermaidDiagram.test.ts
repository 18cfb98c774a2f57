/**
 * Mermaid blocks drawn at build time (src/lib/records/mermaidDiagram.ts): which blocks are drawn,
 * and what the page gets: an SVG with a name, ids of its own, the theme's colours and
 * nothing the content policy blocks or that could run.
 */
import { describe, expect, test } from 'vitest';
import { diagramKeyword, diagramKind, pageSvg, renderDiagram } from '../../src/lib/records/mermaidDiagram';

const FLOW = 'flowchart LR\n  A[Shop front] -->|pay| B[Payment gateway]\n  B --> C{Card acquirer}';
const SEQUENCE = 'sequenceDiagram\n  participant S as Shop front\n  participant G as Gateway\n  S->>G: charge order\n  G-->>S: receipt';
const label = (kind: string) => `Drawing: ${kind}`;

describe('diagramKeyword and diagramKind', () => {
  test.each<[string, string, string | undefined]>([
    ['flowchart LR\n A-->B', 'flowchart', 'flowchart'],
    ['graph TD;A-->B', 'graph', 'flowchart'],
    ['%% a comment\n\nsequenceDiagram\n A->>B: hi', 'sequenceDiagram', 'sequence'],
    ['---\ntitle: Orders\n---\nstateDiagram-v2\n [*] --> A', 'stateDiagram-v2', 'state'],
    ['classDiagram\n A <|-- B', 'classDiagram', 'class'],
    ['erDiagram\n A ||--o{ B : has', 'erDiagram', 'er'],
    ['xychart-beta\n bar [1, 2]', 'xychart-beta', undefined],
    ['gantt\n title Plan', 'gantt', undefined],
    ['pie title Pets', 'pie', undefined],
    ['mindmap\n root', 'mindmap', undefined],
    ['', '', undefined],
    ['toString', 'toString', undefined],
  ])('%j: %s, %s', (source, keyword, kind) => {
    expect(diagramKeyword(source)).toBe(keyword);
    expect(diagramKind(source)).toBe(kind);
  });
});

describe('renderDiagram', () => {
  test.each([
    ['flowchart', FLOW, ['Shop front', 'Payment gateway', 'Card acquirer', 'pay']],
    ['sequence', SEQUENCE, ['Shop front', 'Gateway', 'charge order', 'receipt']],
    ['state', 'stateDiagram-v2\n  [*] --> Draft\n  Draft --> Accepted: decided', ['Draft', 'Accepted', 'decided']],
    ['class', 'classDiagram\n  Record <|-- Decision\n  Record: +status', ['Record', 'Decision']],
    ['er', 'erDiagram\n  RECORD ||--o{ PAGE : holds', ['RECORD', 'PAGE', 'holds']],
  ])('a %s is drawn as an SVG with its words, a name, and no style, script or other origin', (kind, source, words) => {
    const drawn = renderDiagram(source, 'd1', label);
    expect(drawn).toMatchObject({ ok: true, kind });
    if (!drawn.ok) return;
    expect(drawn.svg).toMatch(new RegExp(`^<svg class="diagram-svg" role="img" aria-label="Drawing: ${kind}" focusable="false" viewBox="[\\d. ]+"`));
    for (const word of words) expect(drawn.svg).toContain(`>${word}</text>`);
    for (const banned of ['<style', ' style=', '<script', 'xmlns=', 'http', '@import', 'data-']) expect(drawn.svg).not.toContain(banned);
    // The colours are the theme's: the site's own custom properties, none of the renderer's.
    expect(drawn.svg).toMatch(/fill="var\(--text\)"/);
    expect(drawn.svg).not.toMatch(/var\(--(_|fg\b)/);
    expect(drawn.svg).not.toMatch(/\n\s*\n/);
  });

  test('ids carry the diagram\'s prefix, and so do the references to them', () => {
    const drawn = renderDiagram(FLOW, 'diagram-x-2', label);
    if (!drawn.ok) throw new Error(drawn.reason);
    const ids = [...drawn.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const refs = [...drawn.svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(refs.length).toBeGreaterThan(0);
    for (const id of [...ids, ...refs]) expect(id).toMatch(/^diagram-x-2-/);
    for (const ref of refs) expect(ids).toContain(ref);
  });

  test.each([
    ['gantt\n  title Rollout\n  section A\n  Task :a1, 2024-05-01, 30d', 'gantt'],
    ['pie title Pets\n  "Dogs" : 3', 'pie'],
    ['journey\n  title A day', 'journey'],
    ['xychart-beta\n  x-axis [a, b]\n  bar [1, 2]', 'xychart-beta'],
  ])('a diagram type it does not draw is not drawn, and says which (%#)', (source, keyword) => {
    expect(renderDiagram(source, 'd', label)).toEqual({ ok: false, keyword, reason: `"${keyword}" diagrams are not drawn` });
  });

  test('a label with quotes and angle brackets is escaped in the name', () => {
    const drawn = renderDiagram(FLOW, 'd', () => 'A "quoted" <b>name</b> & more');
    expect(drawn.ok && drawn.svg).toContain('aria-label="A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; more"');
  });

  test('the words of a label are text, never markup', () => {
    const drawn = renderDiagram('flowchart LR\n  A["<img src=x onerror=alert(1)>"] --> B[<script>x</script>]', 'd', label);
    if (!drawn.ok) throw new Error(drawn.reason);
    expect(drawn.svg).not.toMatch(/<(img|script)/);
    expect(drawn.svg).toContain('>&lt;img src=x onerror=alert(1)&gt;</text>');
    expect(drawn.svg).toContain('>&lt;script&gt;x&lt;/script&gt;</text>');
  });
});

describe('pageSvg', () => {
  const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10" style="--bg:red">\n<style>@import url('https://fonts.example/x.css');</style>\n${inner}\n</svg>`;
  test.each([
    ['<script>alert(1)</script>', /<script>/],
    ['<rect onclick="x()" />', /attribute onclick/],
    ['<foreignObject><div>x</div></foreignObject>', /<foreignObject>/],
    ['<a href="https://example.org"><text>x</text></a>', /<a>/],
    ['<rect fill="url(https://example.org/x)" />', /address in fill/],
    ['<rect x="1" / <g>', /unreadable|unexpected/],
    ['<rect fill="var(--_new-colour)" />', /unknown colour --_new-colour/],
    ['<rect fill="var(--fg)" />', /a colour outside the theme/],
  ])('refuses %s', (inner, error) => expect(() => pageSvg(svg(inner), 'd', 'x')).toThrow(error));

  test('keeps the drawing, drops the styles and the namespace, names it', () => {
    expect(pageSvg(svg('<rect x="1" y="2" width="3" height="4" fill="var(--_node-fill)" data-id="A" />\n\n<text x="1" fill="var(--_text-sec)">A &amp; B</text>'), 'd', 'Flowchart')).toBe(
      '<svg class="diagram-svg" role="img" aria-label="Flowchart" focusable="false" viewBox="0 0 10 10" width="10" height="10">\n<rect x="1" y="2" width="3" height="4" fill="var(--bg-raised)" />\n<text x="1" fill="var(--muted)">A &amp; B</text>\n</svg>',
    );
  });
});
