import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import closeUrl from '@uswds/uswds/img/usa-icons/close.svg';
import { useLogout, useMe } from '../features/auth/auth-queries.js';
import { useGroup } from '../features/groups/group-queries.js';
import { useNotifications } from '../features/notifications/notification-queries.js';
import { LocalizedText } from '../ui/localized-text.js';
import { useActiveGroup } from './active-group.js';
import { LanguageSwitch } from './language-switch.js';

function GroupName({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const group = useGroup(groupId);
  return group.data ? <LocalizedText value={group.data.name} /> : <>{t('app.name')}</>;
}

function UnreadBadge() {
  const { t } = useTranslation();
  const { data } = useNotifications();
  const count = data?.unreadCount ?? 0;
  return (
    <>
      {t('nav.notifications')}
      {count > 0 ? (
        <span className="usa-tag lockstep-count margin-left-1" data-testid="unread-count">
          <span aria-hidden="true">{count}</span>
          <span className="usa-sr-only">{t('nav.unread', { count })}</span>
        </span>
      ) : null}
    </>
  );
}

/**
 * USWDS basic header: the group's name, a short primary nav, and a utility row for language and sign-out
 * above it, so that nothing overlaps the nav links at any width (the extended header's secondary links did).
 */
export function SiteHeader({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const { groupId } = useActiveGroup();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.pathname]);
  useEffect(() => {
    document.body.classList.toggle('usa-js-mobile-nav--active', menuOpen);
    if (!menuOpen) return;
    // Keyboard users land in the menu they opened.
    document.querySelector<HTMLElement>('.usa-nav.is-visible .usa-nav__close')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const home = groupId ? `/groups/${groupId}` : '/';
  const links = [
    { to: home, label: t('nav.groupHome'), end: true },
    ...(groupId ? [{ to: `/groups/${groupId}/papers`, label: t('nav.papers'), end: false }] : []),
    { to: '/search', label: t('nav.search'), end: false },
    { to: '/account', label: t('nav.account'), end: false },
    ...(me?.isAdmin ? [{ to: '/sanctions/lists', label: t('nav.sanctionsLists'), end: false }] : []),
  ];

  return (
    <>
      <div className={`usa-overlay${menuOpen ? ' is-visible' : ''}`} onClick={() => setMenuOpen(false)} />
      <header className="usa-header usa-header--basic lockstep-header">
        <div className="lockstep-utility">
          <div className="lockstep-utility__inner">
            {me ? <span className="lockstep-utility__user">{me.displayName}</span> : null}
            <LanguageSwitch />
            {signedIn ? (
              <button
                type="button"
                className="usa-button usa-button--unstyled lockstep-utility__button"
                onClick={() =>
                  logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
                }
              >
                {t('nav.signOut')}
              </button>
            ) : null}
          </div>
        </div>
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <div className="usa-logo">
              <em className="usa-logo__text">
                <Link to={home} title={t('nav.groupHome')}>
                  {signedIn && groupId ? <GroupName groupId={groupId} /> : t('app.name')}
                </Link>
              </em>
            </div>
            {signedIn ? (
              <button
                type="button"
                className="usa-menu-btn"
                onClick={() => setMenuOpen(true)}
                aria-expanded={menuOpen}
              >
                {t('nav.menu')}
              </button>
            ) : null}
          </div>
          {signedIn ? (
            <nav aria-label={t('nav.primary')} className={`usa-nav${menuOpen ? ' is-visible' : ''}`}>
              <button type="button" className="usa-nav__close" onClick={() => setMenuOpen(false)}>
                <img src={closeUrl} role="img" alt={t('nav.close')} />
              </button>
              <ul className="usa-nav__primary usa-accordion">
                {links.map((link) => (
                  <li className="usa-nav__primary-item" key={link.to}>
                    <NavLink
                      to={link.to}
                      end={link.end}
                      className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`}
                    >
                      <span>{link.label}</span>
                    </NavLink>
                  </li>
                ))}
                <li className="usa-nav__primary-item">
                  <NavLink
                    to="/notifications"
                    className={({ isActive }) => `usa-nav-link${isActive ? ' usa-current' : ''}`}
                  >
                    <span>
                      <UnreadBadge />
                    </span>
                  </NavLink>
                </li>
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
    </>
  );
}
