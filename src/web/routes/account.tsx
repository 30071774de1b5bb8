import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/auth-queries.js';
import { PasswordForm } from '../features/auth/password-form.js';
import { ProfileForm } from '../features/auth/profile-form.js';
import { TokensSection } from '../features/auth/tokens-section.js';
import { PageTitle } from '../ui/page-title.js';

export function AccountPage() {
  const { t } = useTranslation('account');
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <PageTitle title={t('title')} />
      <dl className="lockstep-meta margin-bottom-4">
        <div>
          <dt>{t('name')}</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div>
          <dt>{t('email')}</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>{t('clearance')}</dt>
          <dd>{me.clearance}</dd>
        </div>
      </dl>
      <ProfileForm me={me} />
      <PasswordForm />
      <TokensSection />
    </>
  );
}
