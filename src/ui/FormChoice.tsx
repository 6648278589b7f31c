/**
 * Which form "Tạo biểu mẫu" makes: the one in force for the current report period
 * (catalogueForPeriod), shown and preselected; the clerk may pick the other built-in form
 * (a late report for an earlier period). Keys only: the host resolves them.
 */
import { Radio, RadioGroup, Text } from '@fluentui/react-components';
import { catalogueForDate, catalogueKey, currentPeriod, FORMS_BY_PERIOD, type ReportPeriod } from '../core';
import { UI_TEXT } from '../core/text/ui';

const T = UI_TEXT.formChoice;

/** The built-in forms a new workbook can get, newest first. */
export const FORM_CHOICES = FORMS_BY_PERIOD.map((f) => ({
  key: catalogueKey(f.catalogue),
  description: f.catalogue.description ?? catalogueKey(f.catalogue),
}));

/** The form key for the report period of `today`. */
export function suggestedForm(today: Date): string {
  return catalogueKey(catalogueForDate(today));
}

function periodText(p: ReportPeriod): string {
  return p.kind === 'year' ? T.year(p.year) : T.halfYear(p.year);
}

export function FormChoice(props: {
  readonly value: string;
  readonly onChange: (key: string) => void;
  readonly today: Date;
  readonly disabled?: boolean;
}) {
  const suggested = suggestedForm(props.today);
  return (
    <RadioGroup
      aria-label={T.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(_e, d) => props.onChange(d.value)}
    >
      <Text weight="semibold">{T.label}</Text>
      {FORM_CHOICES.map((f) => (
        <Radio
          key={f.key}
          value={f.key}
          label={
            f.key === suggested
              ? `${f.description} — ${T.suggested(periodText(currentPeriod(props.today)))}`
              : f.description
          }
        />
      ))}
    </RadioGroup>
  );
}
