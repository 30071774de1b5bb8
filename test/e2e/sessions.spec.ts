import type { Browser, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { expect, expectNoAxeViolations, KR_CO_CHAIR, signIn, test } from './fixtures.js';

const US_CO_CHAIR = 'stephen.biegun@state.us.example';

/** Signs in and makes sure the page is in English, whatever the account or browser last chose. */
async function signInInEnglish(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  if ((await page.locator('html').getAttribute('lang')) === 'ko') {
    await page.getByRole('button', { name: 'View in English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
}

async function newSignedInPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInInEnglish(page, email);
  return page;
}

function sideNav(page: Page) {
  return page.getByRole('navigation', { name: /^(Working group|워킹그룹)$/ });
}

test('round 1 shows in both capitals, its readouts compare, and the pages read in Korean', async ({
  page,
}) => {
  await signInInEnglish(page, KR_CO_CHAIR);
  await sideNav(page).getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();

  // Washington, afternoon of 20 November; already 21 November in Seoul.
  const round1 = page.getByTestId('meeting-round-1');
  await expect(round1.getByTestId('time-venue')).toContainText('Nov 20, 2018');
  await expect(round1.getByTestId('time-venue')).toContainText('Washington');
  await expect(round1.getByTestId('time-KR')).toContainText('Nov 21, 2018');
  await expect(round1.getByTestId('time-KR')).toContainText('Seoul');
  await expect(page.getByRole('link', { name: /calendar \(\.ics\)/ })).toBeVisible();
  await expectNoAxeViolations(page, 'meetings list (en)');

  await round1.getByRole('link', { name: /^Round 1:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Round 1:/ })).toBeVisible();
  await expect(page.getByTestId('meeting-status')).toHaveText('Closed');
  await expect(page.getByTestId('agenda').getByRole('listitem')).toHaveCount(6);
  await expect(page.getByRole('table', { name: 'Delegation of US' })).toContainText('Stephen Biegun');
  await expect(page.getByRole('heading', { level: 3, name: 'Action items' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Minutes (PDF)' })).toHaveAttribute('href', /minutes\.pdf$/);
  await expectNoAxeViolations(page, 'meeting page (en)');

  await page.getByRole('link', { name: 'Compare the readouts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Readouts of round 1 compared' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Points both made' })).toBeVisible();
  await expect(page.getByTestId('compare-both').getByRole('listitem').first()).toBeVisible();
  await expect(page.locator('[data-testid^="compare-only"] li').first()).toBeVisible();
  await expectNoAxeViolations(page, 'readout comparison (en)');

  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1, name: '제1차 회의 결과 발표 비교' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '양측이 모두 언급한 내용' })).toBeVisible();
  await expectNoAxeViolations(page, 'readout comparison (ko)');

  await sideNav(page).getByRole('link', { name: '회의' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '회의' })).toBeVisible();
  await expect(page.getByTestId('meeting-round-1').getByTestId('time-KR')).toContainText('2018년 11월 21일');
  await expect(page.getByTestId('meeting-round-1').getByTestId('time-KR')).toContainText('서울');
  await sideNav(page).getByRole('link', { name: '성명·발표' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '성명·발표' })).toBeVisible();
  await expectNoAxeViolations(page, 'statements list (ko)');
});

test('a new round and a joint statement go through both co-chairs to the public record', async ({
  browser,
  page,
  server,
}) => {
  await signInInEnglish(page, KR_CO_CHAIR);
  const us = await newSignedInPage(browser, server.baseURL, US_CO_CHAIR);

  // KR plans round 3 in Seoul.
  await sideNav(page).getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('link', { name: 'New meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible();
  await expect(page.getByLabel('Round')).toHaveValue('3');
  await page.getByLabel('Title').fill('Third meeting of the ROK–US working group');
  await page.getByLabel('Venue time zone').selectOption('Asia/Seoul');
  await page.getByLabel('Starts').fill('2030-01-10T10:00');
  await page.getByLabel('Ends').fill('2030-01-10T12:30');
  await page.getByLabel('City').fill('Seoul');
  await page.getByRole('button', { name: 'Create meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Round 3:/ })).toBeVisible();
  await expect(page.getByTestId('time-venue')).toContainText('Jan 10, 2030');
  await expect(page.getByTestId('time-US')).toContainText('Jan 9, 2030');
  await expect(page.getByTestId('meeting-status')).toHaveText('Planned');

  await page.getByRole('textbox', { name: 'Item', exact: true }).fill('Travel of humanitarian aid workers');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByTestId('agenda')).toContainText('Travel of humanitarian aid workers');
  await page.getByRole('button', { name: 'Approve the agenda' }).click();
  await expect(page.getByText('KR co-chair approved')).toBeVisible();
  await expectNoAxeViolations(page, 'new meeting page (en)');

  await us.goto(page.url());
  await us.getByRole('button', { name: 'Approve the agenda' }).click();
  await expect(us.getByTestId('meeting-status')).toHaveText('Agenda agreed');
  await page.reload();
  await expect(page.getByTestId('meeting-status')).toHaveText('Agenda agreed');

  // KR drafts a joint statement whose release time has just passed (the server clock is real time).
  const title = 'Joint statement on the third meeting';
  await sideNav(page).getByRole('link', { name: 'Statements' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statements' })).toBeVisible();
  await expectNoAxeViolations(page, 'statements list (en)');
  await page.getByRole('link', { name: 'New statement' }).click();
  await page.getByLabel('Kind', { exact: true }).selectOption('joint');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Text').fill('- The two sides met in Seoul.\n- They agreed to move **in lockstep**.');
  await page.getByLabel('Time zone of the release time').selectOption('UTC');
  const release = DateTime.utc().minus({ minutes: 2 }).toFormat("yyyy-MM-dd'T'HH:mm");
  await page.getByLabel('Release time', { exact: true }).fill(release);
  await page.getByRole('button', { name: 'Create statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('statement-status')).toHaveText('Draft');
  await expect(page.getByTestId('approvals')).toContainText('US co-chair: approval awaited');
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'statement page (en)');

  await us.goto(page.url());
  await expect(us.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await us.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(us.getByTestId('approvals')).toContainText('US co-chair approved');

  await page.reload();
  await page.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('Cleared');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('Published');

  await page.getByRole('link', { name: 'All statements' }).click();
  await page.getByRole('link', { name: 'Public record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Public record' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible();
  await expectNoAxeViolations(page, 'public record (en)');
  await us.context().close();
});
