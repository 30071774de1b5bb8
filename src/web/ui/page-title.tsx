import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's one h1; also names the browser tab, so screen-reader users hear where they landed. */
export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);
  return <h1 className="margin-top-0">{children ?? title}</h1>;
}
