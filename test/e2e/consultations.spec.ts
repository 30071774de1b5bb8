import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, KR_CO_CHAIR, signIn, test } from './fixtures.js';

const US_CO_CHAIR = 'stephen.biegun@state.us.example';
const GROUNDBREAKING = 'Groundbreaking ceremony at Panmun Station';
const RAILWAY_SURVEY = 'Joint inter-Korean railway survey';
const HUMANITARIAN = 'US$8 million humanitarian assistance through international agencies';

async function newSignedInPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

async function openConsultations(page: Page, label = 'Consultations'): Promise<void> {
  const nav = page.getByRole('navigation', { name: /^(Working group|워킹그룹)$/ });
  await nav.getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

test('no surprises: KR notifies, the US objects, clearance is refused, then granted and carried out', async ({
  browser,
  page,
  server,
}) => {
  test.setTimeout(60_000);
  const title = 'Road survey on the Donghae line';
  await signIn(page, KR_CO_CHAIR);
  await openConsultations(page);
  await page.getByRole('link', { name: 'New proposal' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill('Joint survey of the **Donghae** road link.');
  await page.getByLabel('Planned date').fill('2018-12-20');
  await page.getByRole('button', { name: 'Add an item' }).click();
  await page.getByLabel('Description').fill('Bottled drinking water for the survey team');
  await page.getByLabel('HS code').fill('2201.10');
  await page.getByLabel('Quantity').fill('2000');
  await page.getByLabel('Unit', { exact: true }).fill('litres');
  await page.getByRole('button', { name: 'Add a counterparty' }).click();
  await page.getByLabel('Name', { exact: true }).fill('DPRK Ministry of Land and Environment Protection');
  await page.getByLabel('Country').fill('KP');
  await page.getByRole('button', { name: 'Create proposal' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('proposal-status')).toHaveText('Draft');
  await expect(page.getByRole('table', { name: 'Items' })).toContainText('2201.10');
  await page.getByRole('button', { name: 'Notify the other parties' }).click();
  await expect(page.getByTestId('proposal-status')).toHaveText('Notified');
  await expect(page.getByTestId('notice-countdown')).toContainText(/\d+ days?.* left/);
  await expect(page.getByText('(Asia/Seoul)')).toBeVisible();
  await expect(page.getByText('(America/New_York)')).toBeVisible();
  const proposalUrl = page.url();

  // The US co-chair finds it waiting on the group home and in the list.
  const us = await newSignedInPage(browser, server.baseURL, US_CO_CHAIR);
  const attention = us.getByRole('region', { name: 'Needs my attention' });
  await expect(attention.getByRole('link', { name: new RegExp(title) })).toBeVisible();
  await openConsultations(us);
  await us.getByRole('link', { name: title }).click();
  await expect(us.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(us.getByTestId('positions')).toContainText('Not yet');
  await us.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(us.getByTestId('positions')).not.toContainText('Not yet');
  await us.getByRole('button', { name: 'Object', exact: true }).click();
  await us.getByRole('button', { name: 'Object', exact: true }).click();
  await expect(us.getByText('Enter a note that says why')).toBeVisible();
  const objection = 'The fuel needs a 1718 Committee exemption first';
  await us.getByLabel(/Note for “Object”/).fill(objection);
  await us.getByRole('button', { name: 'Object', exact: true }).click();
  await expect(us.getByTestId('positions')).toContainText('Object');

  // KR's open page follows live, and trying to clear names the objection.
  await expect(page.getByTestId('positions')).toContainText(objection, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  const refusal = page.getByTestId('refusal');
  await expect(refusal).toContainText('Clear refused:');
  await expect(refusal).toContainText('standing objection');
  await expect(refusal).toContainText(objection);

  await us.getByRole('button', { name: 'Withdraw objection' }).click();
  await expect(us.getByTestId('positions')).toContainText('No position');
  await us.getByRole('button', { name: 'Concur', exact: true }).click();
  await expect(us.getByTestId('positions')).toContainText('Concur');

  await expect(page.getByTestId('clearance')).toContainText('can be cleared now', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(page.getByTestId('proposal-status')).toHaveText('Cleared');
  await page.getByRole('button', { name: 'Record execution' }).click();
  await expect(page.getByTestId('proposal-status')).toHaveText('Executed');
  const history = page.getByTestId('history');
  for (const entry of ['Registered', 'Notified the other parties', 'Objected', 'Concurred', 'Cleared']) {
    await expect(history).toContainText(entry);
  }
  await expect(history).toContainText(objection);

  await us.goto(proposalUrl);
  await expect(us.getByTestId('proposal-status')).toHaveText('Executed');
  await us.context().close();
});

test('list filters in the address, waiting on me, and a surprise reported without clearance', async ({
  page,
}) => {
  await signIn(page, US_CO_CHAIR);
  const attention = page.getByRole('region', { name: 'Needs my attention' });
  await expect(attention.getByRole('link', { name: new RegExp(GROUNDBREAKING) })).toBeVisible();

  await openConsultations(page);
  const table = page.getByRole('table', { name: 'Consultations' });
  await expect(table.getByRole('link', { name: RAILWAY_SURVEY })).toBeVisible();
  await page.getByLabel('Status').selectOption('cleared');
  await expect(page).toHaveURL(/status=cleared/);
  await expect(table.getByRole('link', { name: HUMANITARIAN })).toBeVisible();
  await expect(table.getByRole('link', { name: GROUNDBREAKING })).toHaveCount(0);

  await page.getByLabel('Status').selectOption('');
  await page.getByLabel('Proposing party').selectOption('US');
  await expect(page).toHaveURL(/party=US/);
  await expect(table.getByRole('link', { name: HUMANITARIAN })).toHaveCount(0);
  await page.getByLabel('Proposing party').selectOption('');
  // USWDS hides the box itself off-screen; people click its label.
  await page.getByText('Waiting on me', { exact: true }).click();
  await expect(page).toHaveURL(/waitingOnMe=1/);
  await expect(table.getByRole('link', { name: GROUNDBREAKING })).toBeVisible();
  await expect(table.getByRole('link', { name: HUMANITARIAN })).toHaveCount(0);
  // The filters survive a reload.
  await page.reload();
  await expect(page.getByLabel('Waiting on me')).toBeChecked();
  await page.getByLabel('Status').selectOption('withdrawn');
  await expect(page.getByText('No proposals match these filters.')).toBeVisible();

  await page.getByRole('link', { name: 'Actions taken without clearance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Surprises' })).toBeVisible();
  await expect(page.getByText('No action has been taken without clearance.')).toBeVisible();

  await openConsultations(page);
  await page.getByRole('link', { name: 'New proposal' }).click();
  const title = 'Aid workers travel policy announced';
  await page.getByLabel('Title').fill(title);
  await page.getByText(/already taken without clearance/).click();
  await page.getByLabel(/What was done/).fill('Announced at a press briefing before the working group met.');
  await page.getByRole('button', { name: 'Create proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('proposal-status')).toContainText('Executed');
  await expect(page.getByTestId('proposal-status')).toContainText('Without clearance');

  await page.goto(page.url().replace(/\/proposals\/.*$/, '/'));
  await openConsultations(page);
  await page.getByRole('link', { name: 'Actions taken without clearance' }).click();
  await expect(
    page.getByRole('table', { name: 'Surprises' }).getByRole('link', { name: title }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'surprises (en)');
});

test('the list, a proposal and the form pass axe in English and Korean; server field errors are listed', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  await openConsultations(page);
  await expectNoAxeViolations(page, 'proposals (en)');
  await page.getByRole('link', { name: RAILWAY_SURVEY }).click();
  await expect(page.getByRole('heading', { level: 1, name: RAILWAY_SURVEY })).toBeVisible();
  await expect(page.getByTestId('marking-top')).toHaveText('UNCLASSIFIED // SHARED WITH ALL PARTIES');
  await expect(page.getByTestId('marking-bottom')).toHaveText('UNCLASSIFIED // SHARED WITH ALL PARTIES');
  await expect(page.getByRole('table', { name: 'Items' })).toContainText('2710.19');
  await expect(page.getByTestId('positions')).toContainText('US');
  await expectNoAxeViolations(page, 'proposal (en)');

  // Editing a notified proposal warns that a material change restarts the notice period.
  await page.getByRole('link', { name: 'Edit this proposal' }).click();
  await expect(page.getByTestId('material-warning')).toContainText('restarts the notice period');
  await page.getByLabel('HS code').first().fill('not-a-code');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: /Item 1, HS code/ })).toBeVisible();
  await expect(page.getByLabel('HS code').first()).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'edit proposal with errors (en)');

  // Someone else saves meanwhile: the form's If-Match no longer matches, and the page says so.
  await page.getByLabel('HS code').first().fill('8606');
  const { origin, pathname } = new URL(page.url());
  const changed = await page.request.patch(`/api/v1/proposals/${pathname.split('/')[2] ?? ''}`, {
    data: { location: 'Dorasan Station' },
    headers: { origin },
  });
  expect(changed.ok()).toBe(true);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(summary).toContainText('Someone changed this proposal');
  await page.reload();
  await expect(page.getByLabel('Location')).toHaveValue('Dorasan Station');
  await page.getByLabel('Location').fill('Gyeongui and Donghae lines, DPRK');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: RAILWAY_SURVEY })).toBeVisible();
  await expect(page.getByTestId('history')).toContainText('Gyeongui and Donghae lines, DPRK');

  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await openConsultations(page, '협의');
  await expect(page.getByRole('link', { name: '새 제안' })).toBeVisible();
  await expectNoAxeViolations(page, 'proposals (ko)');
  await page.getByRole('link', { name: RAILWAY_SURVEY }).click();
  await expect(page.getByRole('heading', { level: 2, name: '각 측의 입장' })).toBeVisible();
  await expectNoAxeViolations(page, 'proposal (ko)');
  await page.goBack();
  await page.getByRole('link', { name: '새 제안' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '새 제안' })).toBeVisible();
  await page.getByRole('button', { name: '물품 추가' }).click();
  await page.getByRole('button', { name: '제안 등록' }).click();
  await expect(page.getByRole('link', { name: '제목을 입력해 주세요' })).toBeVisible();
  await expectNoAxeViolations(page, 'new proposal with errors (ko)');
});
