/**
 * The popup's body while the page's entities and their names load. Before the page's state has
 * arrived it is also the body of the static frame in index.html (issue 14), which must stay equal
 * to the app's first render (popup-frame.test.tsx).
 */
import { TimelineSkeleton } from '../../components/TimelineSkeleton';

/** Chip skeletons shown before the page's entity count is known. */
export const SKELETON_CHIPS = 4;
/** Most chip skeletons shown (the chip bar shows 8 chips before "Show all"). */
const MAX_CHIPS = 8;

/**
 * Chip skeletons and the related row; with `timeline` (the page has entities, so it will have a
 * timeline) the timeline's skeleton follows. The chips' rows depend on the names, so nothing that
 * stays on screen sits below them yet: the timeline's heading and toolbar are skeleton bars here
 * and appear with the named chips, where they then stay.
 */
export function PopupBodySkeleton({ chips, timeline = false }: { chips: number; timeline?: boolean }) {
  return (
    <>
      <div class="chip-bar" aria-hidden="true">
        <span class="chip chip-all">All on this page</span>
        {Array.from({ length: Math.min(chips, MAX_CHIPS) }, (_, i) => (
          <span key={i} class="chip chip-skeleton skeleton" />
        ))}
      </div>
      <div class="related-slot" data-loading="true" />
      {timeline && (
        <div class="popup-timeline">
          <span class="skeleton heading-skeleton" aria-hidden="true" />
          <span class="skeleton toolbar-skeleton" aria-hidden="true" />
          <TimelineSkeleton />
        </div>
      )}
    </>
  );
}
