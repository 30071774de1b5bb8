import { describe, expect, it } from 'vitest';
import { htmlToArticleText } from './html-to-text.js';
import { MAX_SOURCE_CHARS } from './limits.js';

const YONHAP_PAGE = `<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8"><title>S. Korea, U.S. hold first working group meeting | Yonhap</title>
<meta property="article:published_time" content="2018-11-21T07:40:00+09:00">
<script>window.dataLayer = []; var tpl = "</p><p>INJECTED FROM SCRIPT</p>";</script>
<style>p { color: red } /* </p> */</style>
</head><body class="ad-free">
<header><a href="#content">Go to Contents</a><nav><ul><li>National</li><li>Politics</li></ul></nav></header>
<div class="sns-share"><a>Share</a><a>Print</a><a>Send Feedback</a></div>
<h1 class="tit">S. Korea, U.S. hold first working group meeting on N. Korea</h1>
<div class="info"><p>2018-11-21 07:40</p></div>
<div id="articleWrap" class="story-news article">
<p>WASHINGTON, Nov. 20 (Yonhap) -- South Korea and the United States held the first meeting of their working group on North Korea on Tuesday, officials said, discussing the inter-Korean railway project &amp; denuclearization.</p>
<p>&ldquo;We had a productive discussion,&rdquo; Stephen Biegun said. It&#8217;s the group&#x2019;s first session.</p>
<p>The two sides agreed to meet again next month.<p>An unclosed paragraph with <b>bold <i>nested</b> text.
<p>Lee Do-hoon leads the Seoul delegation. (END)</p>
<p>Related Articles</p><p>N. Korea slams U.S. sanctions</p>
</div>
<aside><p>Most Viewed: a very long aside paragraph that should never be chosen as the article body because it sits in an aside element.</p></aside>
<form><input name="q"><button>Search</button></form>
<footer><p>Copyright (c) Yonhap News Agency. All rights reserved.</p></footer>
</body></html>`;

describe('htmlToArticleText', () => {
  const text = htmlToArticleText(YONHAP_PAGE);

  it('keeps the story paragraphs, separated by blank lines', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(
      'WASHINGTON, Nov. 20 (Yonhap) -- South Korea and the United States held the first meeting of their working group on North Korea on Tuesday, officials said, discussing the inter-Korean railway project & denuclearization.',
    );
    expect(paragraphs).toContain('The two sides agreed to meet again next month.');
    expect(paragraphs).toContain('An unclosed paragraph with bold nested text.');
  });

  it('decodes named and numeric character references', () => {
    expect(text).toContain(
      '“We had a productive discussion,” Stephen Biegun said. It’s the group’s first session.',
    );
  });

  it.each([
    ['script content, even with "</p>" inside a string', 'INJECTED FROM SCRIPT'],
    ['style content', 'color: red'],
    ['navigation', 'Politics'],
    ['skip link', 'Go to Contents'],
    ['share buttons', 'Send Feedback'],
    ['aside', 'Most Viewed'],
    ['form', 'Search'],
    ['footer copyright', 'All rights reserved'],
    ['related articles after (END)', 'N. Korea slams'],
    ['the (END) mark itself', '(END)'],
    ['the document title', '| Yonhap'],
  ])('drops %s', (_what, fragment) => {
    expect(text).not.toContain(fragment);
  });

  it('keeps the headline, the date line and the published-time metadata ahead of the story', () => {
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe('Published: 2018-11-21T07:40:00+09:00');
    expect(paragraphs).toContain('S. Korea, U.S. hold first working group meeting on N. Korea');
    expect(paragraphs).toContain('2018-11-21 07:40');
    expect(paragraphs.at(-1)).toBe('Lee Do-hoon leads the Seoul delegation.');
  });

  it('prefers the <article> element over a longer block elsewhere', () => {
    const html = `<div><p>${'Unrelated promotional copy. '.repeat(30)}</p></div>
      <article><p>${'The working group met in Seoul on Friday. '.repeat(5)}</p></article>`;
    const result = htmlToArticleText(html);
    expect(result).toContain('The working group met in Seoul on Friday.');
    expect(result).not.toContain('promotional');
  });

  it('picks the densest block of paragraphs when there is no <article>', () => {
    const story = Array.from(
      { length: 6 },
      (_, i) => `<p>Paragraph ${i} of the story about the railway survey and its exemption.</p>`,
    ).join('');
    const html = `<div class="menu-list"><p>Home</p><p>World</p></div><div class="content">${story}</div><div><p>Short tail</p></div>`;
    const result = htmlToArticleText(html);
    expect(result.split('\n\n')).toHaveLength(6);
    expect(result).not.toContain('Short tail');
  });

  it('treats text without markup as plain text and keeps its paragraphs', () => {
    expect(htmlToArticleText('First para &amp; more.\n\nSecond para.\n\nShare')).toBe(
      'First para & more.\n\nSecond para.',
    );
  });
});

describe('htmlToArticleText on hostile input', () => {
  const MB = 1_000_000;
  it.each([
    ['deep nesting of unclosed divs', '<div>'.repeat(MB / 5) + 'deep text'],
    ['a million stray end tags', '</div>'.repeat(MB / 6) + '<p>after the end tags</p>'],
    ['an unclosed attribute quote', `<p>before</p><a href="${'x'.repeat(MB)}`],
    ['an unclosed comment', `<p>before</p><!--${'<p>'.repeat(MB / 3)}`],
    ['a script that never ends', `<p>before</p><script>${'</p><p>'.repeat(MB / 7)}`],
    ['a flood of less-than signs', '<'.repeat(MB)],
    ['unterminated tags', '<a'.repeat(MB / 2)],
    ['numeric references that overflow', '&#9999999999;'.repeat(MB / 13)],
    ['ampersands', '&'.repeat(MB)],
  ])('finishes fast on %s', (_what, html) => {
    const started = performance.now();
    const result = htmlToArticleText(html);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(result.length).toBeLessThanOrEqual(MAX_SOURCE_CHARS);
  });

  it('keeps text found before a broken construct', () => {
    expect(htmlToArticleText(`<p>before</p><script>${'x'.repeat(1000)}`)).toBe('before');
    expect(htmlToArticleText('<div>'.repeat(50_000) + 'deep text')).toBe('deep text');
  });

  it('caps the text at MAX_SOURCE_CHARS', () => {
    const html = `<p>${'word '.repeat(MAX_SOURCE_CHARS / 2)}</p>`;
    expect(htmlToArticleText(html)).toHaveLength(MAX_SOURCE_CHARS);
  });
});
