import type { ComponentChildren } from 'preact';

/** Props of an empty state. */
export interface EmptyStateProps {
  title: string;
  children?: ComponentChildren;
  /** Heading level of the title. */
  level?: 2 | 3;
  /** `unreadable` and friends, for tests and styling. */
  kind?: string;
}

/** A plain explanation of why there is nothing to show, and what to do about it. */
export function EmptyState({ title, children, level = 2, kind }: EmptyStateProps) {
  const H = `h${level}` as const;
  return (
    <div class="empty" data-empty={kind}>
      <H>{title}</H>
      {children}
    </div>
  );
}
