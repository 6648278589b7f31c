import { makeStyles, tokens } from '@fluentui/react-components';
import { computedGrandTotal, formatCount, formatPercent, type ComputedTally } from '../../core';
import { UI_TEXT } from '../../core/text/ui';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'auto auto', columnGap: tokens.spacingHorizontalL, margin: 0 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'right' },
});

/** TỔNG CỘNG and the direct-labour rates of a clean tally. */
export function Totals({ computed }: { readonly computed: ComputedTally }) {
  const s = useStyles();
  // Whatever form the workbook carries (2024, 2025, a province's): its total row.
  const t = computedGrandTotal(computed);
  if (!t) return null;
  const rate = (r: number | undefined) => (r === undefined ? UI_TEXT.noRate : formatPercent(r));
  const rows: [string, string][] = [
    [UI_TEXT.totals.collective, formatCount(t.collective)],
    [UI_TEXT.totals.individual, formatCount(t.individual)],
    [UI_TEXT.totals.household, formatCount(t.household)],
    [UI_TEXT.totals.directCollectiveRate, rate(t.directCollectiveRate)],
    [UI_TEXT.totals.directIndividualRate, rate(t.directIndividualRate)],
  ];
  return (
    <section aria-labelledby="totals-heading">
      <h3 id="totals-heading">{UI_TEXT.totalsHeading}</h3>
      <dl className={s.list}>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd className={s.value}>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
