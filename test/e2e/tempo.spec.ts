import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, KR_CO_CHAIR, signIn, test } from './fixtures.js';

const SECOND_SUMMIT = 'Second US–DPRK summit';

/** The page scrolls sideways when its content is wider than the viewport. */
async function hasPageScrollX(page: Page): Promise<boolean> {
  // Runs in the browser; the test project's types have no DOM, hence the narrow shape.
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

test('the KR co-chair sees the 2018 tracks drift apart, then achieving a denuclearization milestone narrows the gap', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);

  // The group home warns that the pair is out of step.
  const banner = page.getByTestId('breach-banner');
  await expect(banner.getByRole('heading', { name: 'Tracks out of step' })).toBeVisible();
  await expect(banner).toContainText(
    'Inter-Korean cooperation is ahead of Denuclearization by 58 points (tolerance 20) since November 7, 2018.',
  );

  await page
    .getByRole('navigation', { name: 'Working group' })
    .getByRole('link', { name: 'Tracks in lockstep' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tracks in lockstep' })).toBeVisible();
  await expect(page.getByTestId('tempo-note')).toHaveText(
    'Only milestones you may see count; each party may see a different picture.',
  );

  // Only 2018 ⇒ the chart is readable and the last column is the end of 2018.
  await page.getByLabel('From', { exact: true }).fill('2018-03-01');
  await page.getByLabel('To', { exact: true }).fill('2018-12-31');
  await page.getByRole('button', { name: 'Show period' }).click();
  await expect(page).toHaveURL(/from=2018-03-01&to=2018-12-31/);

  const chart = page.getByRole('img', { name: /Line chart of each track's index/ });
  await expect(chart).toHaveAttribute('aria-label', /Inter-Korean cooperation ahead of Denuclearization/);
  await expect(chart).toHaveAttribute('aria-label', /Denuclearization 20\b/);
  await expect(chart.locator('svg').first()).toBeVisible();
  await expect(chart.locator('svg text', { hasText: /Inter-Korean\s*cooperation\s*ahead/ })).toHaveCount(1);

  const standing = page.getByRole('table', { name: /^Index of each track, Dec 31, 2018$/ });
  await expect(standing.getByRole('rowheader', { name: 'Inter-Korean cooperation' })).toBeVisible();
  await expect(standing.getByRole('rowheader', { name: 'Denuclearization' })).toBeVisible();
  await expect(page.getByTestId('latest-inter_korean')).toHaveText('77.8');
  await expect(page.getByTestId('latest-denuclearization')).toHaveText('20');

  const breaches = page.getByRole('table', { name: /^Periods out of step/ });
  const open = breaches.getByRole('row').filter({ hasText: 'Still out of step' });
  await expect(open).toContainText('Nov 7, 2018');
  await expect(open).toContainText('Inter-Korean cooperation');
  await expect(open).toContainText('57.8');
  await expectNoAxeViolations(page, 'dashboard (en)');

  // Achieve a planned denuclearization milestone through the form.
  const denuclearization = page.getByRole('region', { name: 'Milestones: Denuclearization' });
  await expect(denuclearization.getByRole('row', { name: new RegExp(SECOND_SUMMIT) })).toContainText(
    'Planned',
  );
  await page.getByRole('button', { name: `Change status: ${SECOND_SUMMIT}` }).click();
  const form = page.getByRole('form', { name: `Change the status of “${SECOND_SUMMIT}”` });
  // USWDS draws its own radio: the person clicks the label, the input itself sits off-screen.
  await form.getByText('Achieved', { exact: true }).click();
  await expect(form.getByRole('radio', { name: 'Achieved', exact: true })).toBeChecked();
  await form.getByLabel('Date achieved').fill('2018-12-27');
  await expectNoAxeViolations(page, 'dashboard with the status form (en)');
  await form.getByRole('button', { name: 'Save status' }).click();
  await expect(form).toHaveCount(0);

  await expect(denuclearization.getByRole('row', { name: new RegExp(SECOND_SUMMIT) })).toContainText(
    'Achieved',
  );
  // 5 + 4 of 25 weight points = 36; the gap falls from 57.8 to 41.8, still beyond 20.
  await expect(page.getByTestId('latest-denuclearization')).toHaveText('36');
  await expect(chart).toHaveAttribute('aria-label', /Denuclearization 36\b/);
  const history = page.getByRole('table', { name: 'Index of each track on each day one changed' });
  await expect(history.getByRole('row', { name: /Dec 27, 2018/ })).toContainText('36');
  await expect(
    page.getByRole('table', { name: /^Gap:/ }).getByRole('row', { name: /Dec 27, 2018/ }),
  ).toContainText('41.8');
  await expect(page.getByTestId('recent-milestones').getByRole('listitem').first()).toContainText(
    SECOND_SUMMIT,
  );

  // The same page in Korean.
  await page.getByRole('button', { name: '한국어로 보기' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '동시 진행 현황' })).toBeVisible();
  await expect(page.getByTestId('tempo-note')).toHaveText(
    '내가 볼 수 있는 이정표만 반영됩니다. 당사자마다 보이는 모습이 다를 수 있습니다.',
  );
  await expect(page.getByRole('img', { name: /선 그래프/ })).toHaveAttribute('aria-label', /비핵화 36\b/);
  await expectNoAxeViolations(page, 'dashboard (ko)');

  // 320 px: tables scroll inside their own boxes, the page never sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await expect(
    page
      .getByRole('img', { name: /선 그래프/ })
      .locator('svg')
      .first(),
  ).toBeVisible();
  expect(await hasPageScrollX(page)).toBe(false);
  await expectNoAxeViolations(page, 'dashboard at 320 px (ko)');

  // Back home, the banner reports the narrower gap.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('navigation', { name: '워킹그룹' }).getByRole('link', { name: '개요' }).click();
  await expect(page.getByTestId('breach-banner')).toContainText(
    '2018년 11월 7일부터 남북협력 분야가 비핵화 분야보다 42점 앞서 있습니다(허용 범위 20점).',
  );
  await page.getByTestId('breach-banner').getByRole('link', { name: '동시 진행 현황 보기' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test('the KR co-chair widens the inter-Korean ↔ denuclearization tolerance to 60 and the breach goes away', async ({
  page,
}) => {
  await signIn(page, KR_CO_CHAIR);
  await expect(page.getByTestId('breach-banner')).toBeVisible();
  await page.goto(`${new URL(page.url()).pathname}/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tracks in lockstep' })).toBeVisible();

  const pairs = page.getByRole('table', { name: 'Pairs of tracks meant to move together' });
  const row = pairs.getByRole('row', {
    name: /Inter-Korean cooperation ↔ Denuclearization|Denuclearization ↔ Inter-Korean cooperation/,
  });
  const tolerance = row.getByLabel(/^Tolerance in points:/);
  await expect(tolerance).toHaveValue('20');
  await expect(page.getByTestId('breach-table')).toHaveCount(1);

  await tolerance.fill('60');
  await row.getByRole('button', { name: /^Save/ }).click();

  // The gap of about 58 points is now within tolerance: no period out of step is left.
  await expect(page.getByText(/stayed within 60 points of each other/)).toBeVisible();
  await expect(page.getByTestId('breach-table')).toHaveCount(0);
  await expect(pairs.getByLabel(/^Tolerance in points:/).first()).toHaveValue('60');
  await expectNoAxeViolations(page, 'dashboard with track pairs (en)');

  await page
    .getByRole('navigation', { name: 'Working group' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('breach-banner')).toHaveCount(0);
});
