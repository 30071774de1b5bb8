import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="lockstep-empty bg-base-lightest padding-2 radius-md">
      <p className="margin-0 text-bold">{title}</p>
      {children ? <div className="margin-top-1">{children}</div> : null}
    </div>
  );
}
