import type { Figure } from '../lib/facts/schema';

/** Props of a fact's figures. */
export interface FigureListProps {
  figures: readonly Figure[];
}

/** The figures a sentence states (`$620 million`, `6,000 mt`) as small chips, verbatim. */
export function FigureList({ figures }: FigureListProps) {
  if (!figures.length) return null;
  return (
    <ul class="figures" aria-label="Figures">
      {figures.map((f, i) => (
        <li key={i} class="figure">
          {f.text}
        </li>
      ))}
    </ul>
  );
}
