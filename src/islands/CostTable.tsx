/**
 * The calculator's tables: a caption, one column per option (or scenario) and a header
 * cell starting each row. Shared by the island and its later part (./CostInsights.tsx).
 */
import type { JSX } from 'preact';

export type Cell = JSX.Element | string;
export type Row = [Cell, ...Cell[]];

/**
 * A table with a caption, one column per platform and a header cell starting each row.
 * Each cell carries its platform's name, so on a phone a row can become a labelled card (CSS).
 */
export function Table({ caption, corner, names, rows }: { caption: string; corner: string; names: string[]; rows: Row[] }) {
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {[corner, ...names].map((name) => (
              <th scope="col">{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, ...cells]) => (
            <tr>
              <th scope="row">{head}</th>
              {cells.map((cell, i) => (
                <td data-label={names[i]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
