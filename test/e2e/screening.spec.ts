/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, KR_CO_CHAIR, signIn, test } from './fixtures.js';

const SHIPPED_LIST = path.resolve(import.meta.dirname, '../../resources/un-consolidated-list-2026-05-08.xml');

const RAILWAY_SURVEY = 'Joint inter-Korean railway survey';
// From /work/shared/data/screening-dev.tsv: a romanization variant of CH'OE SO'K MIN (KPi.064).
const LISTED_VARIANT = 'Choi Seok Mean';

function groupIdOf(page: Page): string {
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

async function findProposalId(page: Page, groupId: string, title: string): Promise<string> {
  const response = await page.request.get(`/api/v1/groups/${groupId}/proposals`);
  const body = (await response.json()) as { items: { id: string; title: string }[] };
  const found = body.items.find((p) => p.title === title);
  if (!found) throw new Error(`no proposal titled ${title}`);
  return found.id;
}

test('the KR co-chair screens counterparties by hand: a romanization variant is found, Korail is not', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  await page
    .getByRole('navigation', { name: 'Working group' })
    .getByRole('link', { name: 'Sanctions screening' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sanctions screening' })).toBeVisible();
  await expectNoAxeViolations(page, 'screening (empty)');

  await page.getByLabel('Names to screen').fill(`${LISTED_VARIANT}\nKorail`);
  await page.getByRole('button', { name: 'Screen names' }).click();

  const listed = page.getByRole('region', { name: LISTED_VARIANT });
  await expect(listed).toContainText('KPi.064');
  await expect(listed).toContainText(/CH'OE|CHOE/i);
  await expect(listed).toContainText('Why it matched:');
  await expect(listed.getByText('%').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Korail' })).toContainText('No match on the list.');
  await expect(page.getByTestId('identity-note')).toContainText('A name match is not an identity');
  await expectNoAxeViolations(page, 'screening (results)');

  // A threshold under 50 % is refused before anything is sent.
  await page.getByLabel('Minimum score (%)').fill('30');
  await page.getByRole('button', { name: 'Screen names' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a number from 50 to 100.' })).toBeVisible();

  // In Korean, at phone width, the page reads the same.
  await page.setViewportSize({ width: 320, height: 720 });
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '제재 심사' })).toBeVisible();
  await expect(page.getByTestId('identity-note')).toContainText('이름이 일치한다고 동일인은 아닙니다');
  await expectNoAxeViolations(page, 'screening (ko, 320 px)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the railway survey shows its fuel and rolling stock under UN measures until the approved exemption covers them', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  const id = await findProposalId(page, groupIdOf(page), RAILWAY_SURVEY);
  await page.goto(`/proposals/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: RAILWAY_SURVEY })).toBeVisible();

  const panel = page.getByTestId('screening-panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Sanctions screening' })).toBeVisible();
  const fuel = panel.getByTestId('goods-finding').filter({ hasText: 'Diesel fuel' });
  await expect(fuel).toContainText('HS 2710.19');
  await expect(fuel).toContainText('Refined petroleum products cap');
  await expect(fuel).toContainText('S/RES/2397 (2017), para. 5');
  await expect(fuel.getByTestId('goods-coverage')).toHaveText('Not covered by an exemption');
  const train = panel.getByTestId('goods-finding').filter({ hasText: 'rolling stock' });
  await expect(train).toContainText('Transportation vehicles');
  await expect(train).toContainText('S/RES/2397 (2017), para. 7');
  const blockers = panel.getByTestId('screening-blockers');
  await expect(blockers).toContainText('What blocks clearance');
  await expect(blockers).toContainText('Diesel fuel');
  await expectNoAxeViolations(page, 'proposal with screening panels');

  // The demo request is submitted: the co-chair records the Committee's approval of late November 2018.
  const request = page.getByTestId('exemption-request');
  await expect(request).toContainText('Submitted to the 1718 Committee');
  const pdf = request.getByRole('link', { name: 'Download PDF' });
  const pdfResponse = await page.request.get((await pdf.getAttribute('href')) ?? '');
  expect(pdfResponse.headers()['content-type']).toContain('application/pdf');

  await request.locator('label', { hasText: /^Approved$/ }).click();
  await request.getByLabel('Date of approval').fill('2018-11-23');
  // Six months by default.
  await expect(request.getByLabel('Valid until')).toHaveValue('2019-05-23');
  await request.getByLabel('Valid until').fill('2019-12-23');
  await request.getByRole('button', { name: 'Record decision' }).click();
  await expect(request.getByRole('alert')).toContainText('at most 9 months');
  await request.getByLabel('Valid until').fill('2019-05-23');
  await request.getByRole('button', { name: 'Record decision' }).click();

  await expect(request).toContainText('Approved');
  await expect(request.getByTestId('exemption-validity')).toContainText('2019');
  await expect(fuel.getByTestId('goods-coverage')).toHaveText('Covered by an approved exemption');
  await expect(train.getByTestId('goods-coverage')).toHaveText('Covered by an approved exemption');
  await expect(panel.getByTestId('screening-blockers')).toHaveCount(0);
  await expect(panel.getByTestId('screening-clear')).toBeVisible();
  await expectNoAxeViolations(page, 'proposal after the approval');
});

test('a listed counterparty is dispositioned, and an exemption request is drafted, edited and submitted', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  const { origin } = new URL(page.url());
  const created = await page.request.post(`/api/v1/groups/${groupIdOf(page)}/proposals`, {
    headers: { origin },
    data: {
      title: 'Fuel for the Kaesong liaison office',
      plannedFor: '2018-12-20',
      items: [
        { description: 'Diesel fuel for generators', hsCode: '2710.19', quantity: 10_000, unit: 'litres' },
      ],
      counterparties: [{ name: 'Choe Sok Min', kind: 'person', country: 'KP' }],
    },
  });
  expect(created.ok()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/proposals/${id}`);

  const panel = page.getByTestId('screening-panel');
  const hit = panel.getByTestId('screening-hit').first();
  await expect(hit).toContainText('KPi.064');
  await expect(hit.getByTestId('hit-disposition')).toHaveText('Not yet decided');
  await expect(panel.getByTestId('identity-note')).toBeVisible();

  await hit.locator('label', { hasText: /^False positive$/ }).click();
  await hit.getByLabel('Reason').fill('short');
  await hit.getByRole('button', { name: 'Record disposition' }).click();
  await expect(hit.getByRole('alert')).toContainText('at least 10 characters');
  await hit
    .getByLabel('Reason')
    .fill('Different date of birth (1978) and not a DPRK official; checked the passport.');
  await hit.getByRole('button', { name: 'Record disposition' }).click();
  await expect(hit.getByTestId('hit-disposition')).toHaveText('False positive');
  await expect(hit).toContainText('Disposition history');
  await expect(hit).toContainText('checked the passport');

  const exemptions = page.getByTestId('exemptions-panel');
  await exemptions.getByRole('button', { name: 'Draft exemption request' }).click();
  const request = exemptions.getByTestId('exemption-request');
  await expect(request).toContainText('Draft');
  await request
    .getByLabel('Monitoring against diversion')
    .fill('Fuel is metered at the liaison office daily.');
  await request.getByRole('button', { name: 'Save draft' }).click();
  await expect(request.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expectNoAxeViolations(page, 'proposal with a draft request');
  await request.getByRole('button', { name: 'Submit to the Committee' }).click();
  await expect(request).toContainText('Submitted to the 1718 Committee');
  await request.getByText('Show the request').click();
  await expect(request).toContainText('Fuel is metered at the liaison office daily.');

  // The panels fit a phone screen.
  await page.setViewportSize({ width: 320, height: 720 });
  await expect(hit).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('an administrator reads the list versions and re-imports the shipped list, which changes nothing', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('E-mail address').fill('admin@lockstep.example');
  await page.getByLabel(/^Password$/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^Sign in$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Primary' })
    .getByRole('link', { name: 'Sanctions lists' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sanctions list versions' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Imported list versions' });
  await expect(table).toContainText('2026-05-08');
  await expect(table).toContainText('Latest');
  await expect(table).toContainText(/individuals, \d+ entities/);
  await expect(page.getByTestId('list-diff')).toContainText('The first version imported');
  await expectNoAxeViolations(page, 'sanctions lists');

  await page.getByLabel('List file (XML)').setInputFiles(SHIPPED_LIST);
  await page.getByRole('button', { name: 'Import list' }).click();
  await expect(page.getByTestId('upload-result')).toHaveText(
    'This file was imported before; nothing changed.',
  );
});
