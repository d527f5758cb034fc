import './timeline.css';

const SKELETON_ROWS = 4;

/**
 * A timeline before its first page arrives: skeleton rows hold the space, and a hidden status says
 * it is loading. Shared by `Timeline` and the popup's skeleton body, which shows it before the
 * timeline's query has even started (issue 14).
 */
export function TimelineSkeleton() {
  return (
    <div class="timeline" aria-busy="true">
      <p class="visually-hidden" role="status">
        Loading timeline…
      </p>
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        <div key={i} class="entry entry-skeleton skeleton" aria-hidden="true">
          <span class="bar short" />
          <span class="bar" />
          <span class="bar" />
        </div>
      ))}
    </div>
  );
}
