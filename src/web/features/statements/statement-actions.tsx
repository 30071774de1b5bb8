import { useTranslation } from 'react-i18next';
import type { Statement } from '../../../core/contract/statements.js';
import { isApiError } from '../../api/client.js';
import { DateTime } from '../../ui/date-time.js';
import { useStatementTransition, type StatementAction } from './statement-queries.js';

const ACTIONS: { action: StatementAction; ability: string }[] = [
  { action: 'share_for_comment', ability: 'shareForComment' },
  { action: 'approve', ability: 'approve' },
  { action: 'clear', ability: 'clear' },
  { action: 'publish', ability: 'publish' },
];

/** The refusal of the server in words; an embargo names its release time. */
function TransitionError({ error }: { error: unknown }) {
  const { t } = useTranslation('statements');
  if (!error) return null;
  const details = isApiError(error) ? (error.details as { releaseAt?: unknown } | undefined) : undefined;
  const releaseAt = typeof details?.releaseAt === 'string' ? details.releaseAt : null;
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {isApiError(error) && error.code === 'embargoed' && releaseAt ? (
            <>
              {t('actions.embargoed')} <DateTime value={releaseAt} />
            </>
          ) : isApiError(error) ? (
            error.message
          ) : (
            t('common:errors.generic')
          )}
        </p>
      </div>
    </div>
  );
}

/** Approvals per party of a joint statement, and the actions the server allows this user now. */
export function StatementActions({ statement, parties }: { statement: Statement; parties: string[] }) {
  const { t } = useTranslation('statements');
  const transition = useStatementTransition(statement.id);
  const allowed = ACTIONS.filter((a) => statement.abilities[a.ability] === true);
  return (
    <section aria-labelledby="approvals-heading" className="margin-top-3">
      <h2 id="approvals-heading">{t('approvals.title')}</h2>
      {statement.kind === 'joint' ? (
        <ul className="usa-list" data-testid="approvals">
          {parties.map((party) => {
            const at = statement.approvals[party];
            return (
              <li key={party}>
                {at ? (
                  <>
                    {t('approvals.approved', { party })} <DateTime value={at} />
                  </>
                ) : (
                  t('approvals.awaiting', { party })
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('approvals.clearedBy', { party: statement.party })}</p>
      )}
      <TransitionError error={transition.error} />
      {allowed.length > 0 ? (
        <div className="usa-button-group margin-top-1">
          {allowed.map(({ action }) => (
            <button
              key={action}
              type="button"
              className={`usa-button${action === 'publish' ? '' : ' usa-button--outline'}`}
              disabled={transition.isPending}
              onClick={() => transition.mutate(action)}
            >
              {t(`actions.${action}`)}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
