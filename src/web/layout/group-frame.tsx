import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { useMarkActiveGroup } from './active-group.js';
import { groupNav } from './group-nav.js';

/** A group's page: its side navigation beside the content. */
export function GroupFrame({ groupId, children }: { groupId: string; children: ReactNode }) {
  const { t } = useTranslation();
  useMarkActiveGroup(groupId);
  return (
    <div className="grid-row grid-gap-lg">
      <div className="desktop:grid-col-3 margin-bottom-3">
        <nav aria-label={t('nav.group')}>
          <ul className="usa-sidenav">
            {groupNav.map((entry) => (
              <li className="usa-sidenav__item" key={entry.key}>
                <NavLink
                  to={entry.path(groupId)}
                  end={entry.end ?? false}
                  className={({ isActive }) => (isActive ? 'usa-current' : undefined)}
                >
                  {t(entry.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="desktop:grid-col-9 lockstep-content">{children}</div>
    </div>
  );
}

/** Route element for /groups/:groupId/*. */
export function GroupLayout() {
  const { groupId = '' } = useParams();
  return (
    <GroupFrame groupId={groupId}>
      <Outlet />
    </GroupFrame>
  );
}
