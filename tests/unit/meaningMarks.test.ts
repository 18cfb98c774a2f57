/**
 * Emoji that carry meaning (✅ ❌ ⚠️) become an icon with its word, unless the text beside
 * it already says the word; code keeps its characters.
 */
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitMarks, saysMark, type MarkSegment } from '../../src/lib/text/meaningMarks';
import { meaningMarks, pageLang } from '../../src/integrations/meaningMarks';

describe('a text splits at its marks, each knowing whether its word is already there', () => {
  it.each<[string, string, MarkSegment[]]>([
    ['no mark at all', '', ['no mark at all']],
    ['✅ Carry on with Docker Compose', '', [{ kind: 'yes', said: false }, ' Carry on with Docker Compose']],
    ['❌ ', 'NO – you do NOT need it now', [{ kind: 'no', said: true }, ' ']],
    ['❌ ', 'NEI – Du trenger IKKE det nå', [{ kind: 'no', said: true }, ' ']],
    ['⚠️ ', 'MAYBE – after 12+ months', [{ kind: 'caution', said: true }, ' ']],
    ['⚠️ ', 'KANSKJE – etter 12+ måneder', [{ kind: 'caution', said: true }, ' ']],
    // Without the variation selector it is the same mark.
    ['\u26A0 Heads up', '', [{ kind: 'caution', said: false }, ' Heads up']],
    // "Note" is not "No", "Jalla" is not "Ja".
    ['❌ Notes', '', [{ kind: 'no', said: false }, ' Notes']],
    ['✅ Jalla', '', [{ kind: 'yes', said: false }, ' Jalla']],
    ['1. ❌ Code quality', '', ['1. ', { kind: 'no', said: false }, ' Code quality']],
    ['created! ✅', '', ['created! ', { kind: 'yes', said: false }]],
    // The word after a later mark is that mark's.
    ['✅ ❌ No', '', [{ kind: 'yes', said: false }, ' ', { kind: 'no', said: true }, ' No']],
    ['✅✅', '', [{ kind: 'yes', said: false }, { kind: 'yes', said: false }]],
  ])('%j (then %j)', (text, following, segments) => {
    expect(splitMarks(text, following)).toEqual(segments);
  });

  it.each<[Parameters<typeof saysMark>[0], string, boolean]>([
    ['yes', 'Yes, always', true],
    ['yes', '  ja', true],
    ['no', 'ikke nå', true],
    ['no', 'Docker Compose', false],
    ['caution', 'Not critical yet', false],
    ['caution', 'Obs: dyrt', true],
  ])('a %s mark before %j: said %s', (kind, text, said) => {
    expect(saysMark(kind, text)).toBe(said);
  });
});

describe('a page’s language is its folder’s', () => {
  it.each([
    ['/x/records/0001-a/pages/nb/oversikt.mdx', 'nb'],
    ['/x/records/0001-a/pages/en/overview.mdx', 'en'],
    ['C:\\x\\records\\0002-b\\pages\\en\\costs.mdx', 'en'],
    ['/x/records/0001-a/source.nb.md', undefined],
    ['/x/docs/testing.md', undefined],
  ])('%s → %s', (path, lang) => {
    expect(pageLang(path)).toBe(lang);
  });
});

describe('the MDX pipeline draws the marks', () => {
  // The plugin's visitors are synchronous, so the result is too.
  const html = (markdown: string, lang: 'nb' | 'en') =>
    (markdownToHtml(markdown, { hastPlugins: [meaningMarks], fileURL: pathToFileURL(`/r/records/0009-x/pages/${lang}/page.md`) }) as MarkdownToHtmlResult).html;
  const icon = (kind: string) => new RegExp(`<span class="mark mark-${kind}"><svg class="mark-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">(<path [^>]+></path>)+</svg>`);

  it.each<[string, 'nb' | 'en', string, string | undefined]>([
    ['1. ❌ **Code quality**: bad code', 'en', 'no', 'No'],
    ['1. ❌ **Kode-kvalitet**: dårlig kode', 'nb', 'no', 'Nei'],
    ['- ✅ It costs €20/month', 'en', 'yes', 'Yes'],
    ['- ✅ Koster 20 €/mnd', 'nb', 'yes', 'Ja'],
    ['| A | ⚠️ Dyrt |\n|---|---|\n| b | c |', 'nb', 'caution', 'Obs'],
    ['| A | B |\n|---|---|\n| b | ⚠️ Costly |', 'en', 'caution', 'Caution'],
    // The bold word already says it: the icon alone.
    ['❌ **NO – you do NOT need it now**', 'en', 'no', undefined],
    ['⚠️ **KANSKJE – etter 12+ måneder**', 'nb', 'caution', undefined],
  ])('%j (%s)', (markdown, lang, kind, word) => {
    const out = html(markdown, lang);
    expect(out).toMatch(icon(kind));
    expect(out).not.toMatch(/[\u2705\u274C\u26A0]/u);
    const words = [...out.matchAll(/<span class="visually-hidden">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(words).toEqual(word ? [word] : []);
  });

  it.each([
    ['```\n# systemctl.monitoring.yml allerede laget! ✅\n```', '# systemctl.monitoring.yml allerede laget! ✅'],
    ['Run `echo ❌` here', '<code>echo ❌</code>'],
  ])('code keeps its characters: %j', (markdown, kept) => {
    const out = html(markdown, 'nb');
    expect(out).toContain(kept);
    expect(out).not.toContain('class="mark');
  });
});
