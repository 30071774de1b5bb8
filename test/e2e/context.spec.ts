import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, KR_CO_CHAIR, signIn, test } from './fixtures.js';

// A short wire report of the second meeting, written for this test after the public record of 2018.
const ROUND_TWO_REPORT = `SEOUL, Dec. 21 (Yonhap) -- South Korea and the United States held the second meeting of their working group in Seoul on Friday, co-chaired by U.S. envoy Stephen Biegun and Lee Do-hoon, Seoul's special representative for Korean Peninsula peace and security affairs.

They discussed a US$8 million humanitarian assistance shipment and next week's groundbreaking for reconnecting inter-Korean railways. (END)`;

const ARTICLE_HTML = `<!doctype html>
<html lang="en"><head><title>Allies discuss aid</title>
<script>window.tracker = 'should never be stored';</script></head>
<body><a href="#content">Go to Contents</a>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article id="content"><h1>Allies discuss aid</h1>
<p>SEOUL, Dec. 21 (Yonhap) -- Lee Do-hoon and Stephen Biegun discussed humanitarian assistance in Seoul on Friday.</p>
<script>alert('nor this')</script></article>
<footer>Copyright Yonhap</footer></body></html>`;

async function openSources(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Working group' })
    .getByRole('link', { name: 'Sources' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
}

/** The row of the reader's dates table for one phrase of the text. */
function dateRow(page: Page, phrase: string) {
  return page
    .getByTestId('source-date')
    .filter({ has: page.getByRole('rowheader', { name: phrase, exact: true }) });
}

/** The reader's source id, to read what the server stored through the page's own session. */
async function storedText(page: Page): Promise<string> {
  const id = new URL(page.url()).pathname.split('/')[2] ?? '';
  const response = await page.request.get(`/api/v1/sources/${id}`);
  return ((await response.json()) as { text: string }).text;
}

test('a pasted wire report becomes an accepted event on the timeline, linked to the round-2 meeting', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  // The demo's round-1 reports left a candidate event: the group home asks the co-chair to decide on it.
  await expect(
    page.getByRole('link', {
      name: 'Accept or reject the event “Working group meeting in Washington” (Nov 20, 2018)',
    }),
  ).toBeVisible();
  await openSources(page);
  await expect(page.getByRole('table', { name: 'Sources' })).toContainText('Yonhap');
  await expectNoAxeViolations(page, 'sources list');

  await page.getByRole('link', { name: 'Add a source' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a source' })).toBeVisible();
  await expect(page.getByText('Lockstep never opens or fetches this address')).toBeVisible();
  await page.getByLabel('Outlet').fill('Yonhap');
  await page.getByLabel('Title').fill('S. Korea, U.S. hold second working group meeting (test report)');
  await page.getByLabel('Published on (optional)').fill('2018-12-21');
  await page.getByLabel('Text', { exact: true }).fill(ROUND_TWO_REPORT);
  await page.getByRole('button', { name: 'Add the source' }).click();

  // The reader: the text with its mentions marked, and the lists that say the same in words.
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'S. Korea, U.S. hold second working group meeting (test report)',
    }),
  ).toBeVisible();
  const text = page.getByTestId('source-text');
  await expect(text.locator('mark[data-type="person"]', { hasText: 'Stephen Biegun' })).toBeVisible();
  await expect(text.locator('mark[data-type="date"]', { hasText: 'Dec. 21' })).toBeVisible();
  await expect(text.locator('mark[data-type="place"]', { hasText: 'Seoul' }).first()).toBeVisible();
  const people = page.getByTestId('source-person');
  await expect(people.filter({ hasText: 'Stephen Biegun' })).toContainText('member of the group');
  await expect(people.filter({ hasText: 'Lee Do-hoon' })).toContainText('member of the group');
  await expect(page.getByRole('link', { name: 'Lee Do-hoon on the people page' })).toBeVisible();
  const dec21 = dateRow(page, 'Dec. 21');
  await expect(dec21.locator('time')).toHaveAttribute('datetime', '2018-12-21');
  await expect(page.getByTestId('source-published').locator('time')).toHaveAttribute(
    'datetime',
    '2018-12-21',
  );
  await expect(page.getByRole('heading', { name: 'Events on the timeline' })).toBeVisible();
  await expectNoAxeViolations(page, 'source reader');

  // The timeline: the candidate waits for a decision, linked to the group's own record of the meeting.
  await page.getByRole('link', { name: 'See it on the timeline' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const candidate = page
    .getByTestId('timeline-candidate')
    .filter({ hasText: 'Working group meeting in Seoul' });
  await expect(candidate).toContainText('Candidate');
  await expect(candidate).toContainText('Stephen Biegun');
  await expect(
    candidate.getByRole('link', { name: /second working group meeting \(test report\)/ }),
  ).toBeVisible();
  await expect(candidate.getByRole('link', { name: /^Open the meeting/ })).toBeVisible();
  await expectNoAxeViolations(page, 'timeline');

  await candidate.getByRole('button', { name: /^Accept/ }).click();
  await expect(
    page.getByTestId('timeline-candidate').filter({ hasText: 'Working group meeting in Seoul' }),
  ).toHaveCount(0);
  const december = page.getByRole('region', { name: 'December 2018' });
  const accepted = december
    .getByTestId('timeline-item')
    .filter({ hasText: 'Working group meeting in Seoul' });
  await expect(accepted).toContainText('Accepted');
  await expect(accepted).toContainText('Yonhap:');
  await expect(
    accepted.getByRole('link', { name: /second working group meeting \(test report\)/ }),
  ).toBeVisible();
  // The group's own record of the meeting sits in the same month.
  await expect(
    december.getByRole('heading', { name: 'Second meeting of the ROK–US working group' }),
  ).toBeVisible();

  // Filters live in the URL: only meetings, and the accepted event is still there.
  await page.getByLabel('Kind').selectOption('meeting');
  await expect(page).toHaveURL(/kind=meeting/);
  await expect(page.getByTestId('timeline-item').filter({ hasText: 'Milestone achieved' })).toHaveCount(0);
  await expect(
    page.getByTestId('timeline-item').filter({ hasText: 'Working group meeting in Seoul' }),
  ).toBeVisible();
});

test('an uploaded HTML article is stored without its site menu or scripts, and gets its publication date later', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  await openSources(page);
  await page.getByRole('link', { name: 'Add a source' }).click();

  // Nothing filled in: the error summary names each missing field.
  await page.getByRole('button', { name: 'Add the source' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Enter the outlet.');
  await expect(summary).toContainText('Enter the title.');
  await expect(summary).toContainText('Paste the text of the source.');
  await expectNoAxeViolations(page, 'source form with errors');

  await page.getByLabel('Outlet').fill('Yonhap');
  await page.getByLabel('Title').fill('Allies discuss aid (test upload)');
  await page.getByText('Upload a file', { exact: true }).click();
  await page.getByLabel('File (.txt or .html)').setInputFiles({
    name: 'allies-discuss-aid.html',
    mimeType: 'text/html',
    buffer: Buffer.from(ARTICLE_HTML, 'utf8'),
  });
  await expect(page.getByText(/Read allies-discuss-aid\.html: \d+ characters/)).toBeVisible();
  await page.getByRole('button', { name: 'Add the source' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Allies discuss aid (test upload)' }),
  ).toBeVisible();
  const text = page.getByTestId('source-text');
  await expect(text).toContainText('Lee Do-hoon and Stephen Biegun discussed humanitarian assistance');
  await expect(text).not.toContainText('Go to Contents');
  await expect(text).not.toContainText('tracker');
  const stored = await storedText(page);
  expect(stored).not.toContain('Go to Contents');
  expect(stored).not.toContain('<script');
  expect(stored).not.toContain('alert(');

  // No publication date: the relative dates wait for one, and the form supplies it (with If-Match).
  const friday = dateRow(page, 'on Friday');
  await expect(friday).toContainText('Not resolved');
  await page.getByLabel('Published on', { exact: true }).fill('2018-12-21');
  await page.getByRole('button', { name: 'Save the publication date' }).click();
  await expect(friday.locator('time')).toHaveAttribute('datetime', '2018-12-21');
  await expect(page.getByRole('heading', { name: 'Publication date missing' })).toHaveCount(0);
  await expect(page.getByTestId('source-published').locator('time')).toHaveAttribute(
    'datetime',
    '2018-12-21',
  );
});

test('a member corrects what the sources got wrong before accepting the event', async ({ page }) => {
  await signIn(page, KR_CO_CHAIR);
  await page
    .getByRole('navigation', { name: 'Working group' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const candidate = page
    .getByTestId('timeline-candidate')
    .filter({ hasText: 'Working group meeting in Washington' });
  await candidate.getByRole('button', { name: 'Correct “Working group meeting in Washington”' }).click();
  const form = page.getByRole('form', { name: 'Correct what the sources got wrong' });
  await expect(form.getByLabel('Title')).toHaveValue('Working group meeting in Washington');
  await expect(form.getByLabel('Date')).toHaveValue('2018-11-20');
  await expectNoAxeViolations(page, 'timeline with the correction form open');

  // An empty title is refused in the form, with the field named.
  await form.getByLabel('Title').fill('');
  await form.getByRole('button', { name: 'Save the correction' }).click();
  await expect(form.getByRole('alert')).toContainText('Enter a title.');

  await form.getByLabel('Title').fill('Working group launched at the State Department');
  await form.getByLabel('Place').fill('State Department, Washington');
  await form.getByRole('button', { name: 'Save the correction' }).click();
  await expect(form).toHaveCount(0);
  const corrected = page
    .getByTestId('timeline-candidate')
    .filter({ hasText: 'Working group launched at the State Department' });
  await expect(corrected).toContainText('State Department, Washington');
  await expect(corrected).toContainText('Candidate');

  // Corrected, then accepted: it joins November on the timeline under its new title.
  await corrected.getByRole('button', { name: /^Accept/ }).click();
  await expect(
    page
      .getByRole('region', { name: 'November 2018' })
      .getByTestId('timeline-item')
      .filter({ hasText: 'Working group launched at the State Department' }),
  ).toContainText('Accepted');
});

test('filtered by a track, the timeline keeps the meetings, readouts and reports of that track', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  await page
    .getByRole('navigation', { name: 'Working group' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  const items = page.getByTestId('timeline-item');
  const report = page
    .getByTestId('timeline-candidate')
    .filter({ hasText: 'Working group meeting in Washington' });
  await expect(items.filter({ hasText: /Second meeting of the ROK–US working group/ })).toHaveCount(1);

  // Round 1 discussed the peace regime; round 2 did not. The wire reports of round 1 are linked to it.
  await page.getByLabel('Track').selectOption({ label: 'Peace regime' });
  await expect(page.getByText(/^On “Peace regime”: its proposals and milestones/)).toBeVisible();
  await expect(items.filter({ hasText: /First meeting of the ROK–US working group/ })).toHaveCount(1);
  await expect(items.filter({ hasText: 'KR readout: first meeting' })).toHaveCount(1);
  await expect(items.filter({ hasText: /Second meeting of the ROK–US working group/ })).toHaveCount(0);
  await expect(report).toHaveCount(1);
  await expect(page).toHaveURL(/track=/);

  await page.getByLabel('Track').selectOption({ label: 'Humanitarian assistance' });
  await expect(items.filter({ hasText: /Second meeting of the ROK–US working group/ })).toHaveCount(1);
  await expect(items.filter({ hasText: /First meeting of the ROK–US working group/ })).toHaveCount(0);
  await expect(report).toHaveCount(0);
  await expectNoAxeViolations(page, 'timeline filtered by a track');
});

test('a report the extraction kept apart is merged into the event it reports', async ({ page }) => {
  await signIn(page, KR_CO_CHAIR);
  await openSources(page);
  await page.getByRole('link', { name: 'Add a source' }).click();
  await page.getByLabel('Outlet').fill('AP');
  await page.getByLabel('Title').fill('Working group meets (misdated)');
  await page.getByLabel('Published on (optional)').fill('2018-12-06');
  await page
    .getByLabel('Text', { exact: true })
    .fill(
      'WASHINGTON (AP) — South Korea and the United States held the first meeting of their new working group on North Korea in Washington on Dec. 5, officials said.',
    );
  await page.getByRole('button', { name: 'Add the source' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Working group meets (misdated)' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Working group' })
    .getByRole('link', { name: 'Timeline' })
    .click();
  // Two weeks apart, the two reports of round 1 are two candidates.
  const washington = page
    .getByTestId('timeline-candidate')
    .filter({ hasText: 'Working group meeting in Washington' });
  await expect(washington).toHaveCount(2);
  const round1 = washington.filter({ hasText: 'Yonhap' });
  await round1
    .getByRole('button', { name: 'Merge another event into “Working group meeting in Washington”…' })
    .click();
  const form = page.getByRole('form', {
    name: 'Merge another event into “Working group meeting in Washington”',
  });

  // Nothing chosen: refused in the form, the field named.
  await form.getByRole('button', { name: 'Merge into this event' }).click();
  await expect(form.getByRole('alert')).toContainText('Choose the event to merge into this one.');
  await form
    .getByLabel('The other event')
    .selectOption({ label: 'Working group meeting in Washington — Dec 5, 2018 (1 source)' });
  await expectNoAxeViolations(page, 'timeline with the merge form open');
  await form.getByRole('button', { name: 'Merge into this event' }).click();

  await expect(washington).toHaveCount(1);
  await expect(washington.getByRole('link', { name: 'Working group meets (misdated)' })).toBeVisible();
  await expect(washington.getByRole('listitem')).toHaveCount(3);
  // The sources still disagree on the day: said, not hidden.
  await expect(washington.getByText(/Sources disagree on the date/)).toContainText('Dec 5, 2018 (AP)');

  // Changed minds: the report goes back to an event of its own, and the disagreement with it.
  await washington
    .getByRole('button', { name: 'Split off “Working group meets (misdated)”: it reports another event' })
    .click();
  await expect(washington).toHaveCount(2);
  await expect(washington.filter({ hasText: 'Yonhap' }).getByText(/Sources disagree/)).toHaveCount(0);
  await expect(washington.filter({ hasText: 'Working group meets (misdated)' })).toContainText('Dec 5, 2018');
});

test('a Korean report names the co-chairs in Hangul and corroborates the round-1 event', async ({ page }) => {
  await signIn(page, KR_CO_CHAIR);
  await openSources(page);
  await page.getByRole('link', { name: 'Add a source' }).click();
  await page.getByLabel('Outlet').fill('연합뉴스');
  await page.getByLabel('Title').fill('한미 워킹그룹 첫 회의');
  await page.getByLabel('Published on (optional)').fill('2018-11-21');
  await page
    .getByLabel('Text', { exact: true })
    .fill(
      '(워싱턴=연합뉴스) 한미 양국은 20일(현지시간) 워싱턴 국무부에서 워킹그룹 첫 회의를 열고 비핵화와 대북제재, 남북협력 문제를 긴밀히 조율하기로 했다. 회의는 이도훈 외교부 한반도평화교섭본부장과 스티븐 비건 미 국무부 대북특별대표가 공동 주재했다.',
    );
  await page.getByRole('button', { name: 'Add the source' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '한미 워킹그룹 첫 회의' })).toBeVisible();

  // The reader marks the Hangul names and the Korean date, and the text says it is Korean.
  const text = page.getByTestId('source-text');
  await expect(text).toHaveAttribute('lang', 'ko');
  await expect(text.locator('mark[data-type="person"]', { hasText: '이도훈' })).toBeVisible();
  await expect(text.locator('mark[data-type="person"]', { hasText: '스티븐 비건' })).toBeVisible();
  await expect(text.locator('mark[data-type="date"]', { hasText: '20일(현지시간)' })).toBeVisible();
  const people = page.getByTestId('source-person');
  await expect(people.filter({ hasText: '이도훈' })).toContainText('member of the group');
  await expect(people.filter({ hasText: '스티븐 비건' })).toContainText('member of the group');
  await expect(dateRow(page, '20일(현지시간)').locator('time')).toHaveAttribute('datetime', '2018-11-20');
  await expectNoAxeViolations(page, 'Korean source reader');

  // On the timeline it joins the English reports of the same meeting: one event, three sources.
  await page.getByRole('link', { name: 'See it on the timeline' }).first().click();
  const round1 = page
    .getByTestId('timeline-candidate')
    .filter({ hasText: 'Working group meeting in Washington' });
  await expect(round1).toHaveCount(1);
  await expect(round1.getByRole('link', { name: '한미 워킹그룹 첫 회의' })).toBeVisible();
  await expect(round1.getByRole('listitem')).toHaveCount(3);
  await expect(round1.getByRole('link', { name: /^Open the meeting/ })).toBeVisible();
});
