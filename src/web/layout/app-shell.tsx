import { Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/auth-queries.js';
import { useLiveUpdates } from '../features/live/use-live-updates.js';
import { useNotifications } from '../features/notifications/notification-queries.js';
import { ErrorAlert, LoadingIndicator } from '../ui/query-boundary.js';
import { ActiveGroupContext } from './active-group.js';
import { GovBanner } from './gov-banner.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';

/** After a client-side navigation, start at the top with focus on the new content, as a page load would. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}

function Frame({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const mainRef = useFocusOnNavigation();
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {t('nav.skip')}
      </a>
      <GovBanner />
      <SiteHeader signedIn={signedIn} />
      <main
        id="main-content"
        ref={mainRef}
        tabIndex={-1}
        className="grid-container padding-top-4 lockstep-main"
      >
        <Suspense fallback={<LoadingIndicator />}>{children}</Suspense>
      </main>
      <SiteFooter />
    </>
  );
}

function SignedInEffects() {
  useLiveUpdates(true);
  useNotifications();
  return null;
}

/** Pages for signed-in users: sends others to the sign-in page and back afterwards. */
export function AppShell() {
  const me = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const firstGroup = me.data?.memberships[0]?.groupId ?? null;
  const [groupId, setGroupId] = useState<string | null>(null);
  const activeGroup = useMemo(() => ({ groupId: groupId ?? firstGroup, setGroupId }), [groupId, firstGroup]);
  const locale = me.data?.locale;

  useEffect(() => {
    if (locale && i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [locale, i18n]);

  if (me.isPending) return <LoadingIndicator />;
  if (me.isError) {
    return (
      <Frame signedIn={false}>
        <ErrorAlert error={me.error} />
      </Frame>
    );
  }
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <ActiveGroupContext.Provider value={activeGroup}>
      <SignedInEffects />
      <Frame signedIn>
        <Outlet />
      </Frame>
    </ActiveGroupContext.Provider>
  );
}

/** Pages for visitors (sign-in). */
export function PublicShell() {
  return (
    <Frame signedIn={false}>
      <Outlet />
    </Frame>
  );
}
