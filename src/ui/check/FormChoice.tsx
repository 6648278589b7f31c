/**
 * Which form "Tạo biểu mẫu" makes: the one in force for the current report period
 * (catalogueForPeriod), shown and preselected; the clerk may pick the other built-in form
 * (a late report for an earlier period), or a province's catalogue file (.json), checked
 * here by the core's checker and carried inside the workbook by the host.
 */
import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import {
  buildWorkbookPlan,
  DEFAULT_CATALOGUE,
  findCatalogue,
  CATALOGUE_MAX_CHARS,
  CATALOGUE_TEXT,
  catalogueForDate,
  catalogueKey,
  CATALOGUES,
  catalogueToJson,
  currentPeriod,
  FORMS_BY_PERIOD,
  parseCatalogue,
  type Catalogue,
  type ReportPeriod,
} from '../../core';
import { UI_TEXT } from '../../core/text/ui';

const formText = UI_TEXT.formChoice;
const FILE = 'file';
/** Problems listed in the pane; the rest are counted. */
const SHOWN_PROBLEMS = 5;

const useStyles = makeStyles({
  field: { marginTop: tokens.spacingVerticalM },
  file: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    marginLeft: tokens.spacingHorizontalL,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  // A native file input has an intrinsic width; never wider than the pane.
  input: { width: '100%', minWidth: 0, boxSizing: 'border-box' },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What "Tạo biểu mẫu" is to make: a built-in form by key, or a checked catalogue from a file. */
export interface FormSelection {
  /** "" while a file is chosen but not (yet) usable. */
  readonly key: string;
  readonly catalogue?: Catalogue;
}

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
  return p.kind === 'year' ? formText.year(p.year) : formText.halfYear(p.year);
}

/** A catalogue file's text → the catalogue, or the problems to show (as `tdkt create --catalogue` checks it). */
export function checkCatalogueText(text: string): { catalogue?: Catalogue; problems: readonly string[] } {
  const { catalogue, problems } = parseCatalogue(text, { builtInKeys: Object.keys(CATALOGUES) });
  if (!catalogue) return { problems };
  const chars = catalogueToJson(catalogue).length;
  if (chars > CATALOGUE_MAX_CHARS) {
    return {
      problems: [CATALOGUE_TEXT.problem(CATALOGUE_TEXT.whole, CATALOGUE_TEXT.tooBig(chars, CATALOGUE_MAX_CHARS))],
    };
  }
  return { catalogue, problems: [] };
}

/** The sheets "Tạo biểu mẫu" adds for a form, from its plan (the hint never lists fewer than are made). */
export function planSheets(form: FormSelection): string[] {
  return buildWorkbookPlan(form.catalogue ?? findCatalogue(form.key) ?? DEFAULT_CATALOGUE)
    .sheets.filter((x) => x.visibility !== 'veryHidden')
    .map((x) => x.name);
}

/** A picked file's text (FileReader: every webview Office uses has it). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ''));
    r.onerror = () => reject(r.error ?? new Error('FileReader'));
    r.readAsText(file, 'utf-8');
  });
}

export function FormChoice(props: {
  readonly value: FormSelection;
  readonly onChange: (value: FormSelection) => void;
  readonly today: Date;
  readonly disabled?: boolean;
  /** Told the "Tạo biểu mẫu" hint for the chosen form (its sheets), whenever the choice changes. */
  readonly onCreateHint?: (hint: string) => void;
}) {
  const s = useStyles();
  const { value, onCreateHint } = props;
  useEffect(() => onCreateHint?.(UI_TEXT.createHint(planSheets(value))), [value, onCreateHint]);
  const inputId = useId();
  const suggested = suggestedForm(props.today);
  const [fileMode, setFileMode] = useState(false);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const radio = fileMode ? FILE : props.value.key;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      setProblems([CATALOGUE_TEXT.fileUnreadable(file.name, (e as Error)?.message || String(e))]);
      props.onChange({ key: '' });
      return;
    }
    const checked = checkCatalogueText(text);
    setProblems(checked.problems);
    props.onChange(
      checked.catalogue ? { key: catalogueKey(checked.catalogue), catalogue: checked.catalogue } : { key: '' },
    );
  };

  return (
    <Field label={formText.label} className={s.field}>
      <RadioGroup
        value={radio}
        disabled={props.disabled}
        onChange={(_e, d) => {
          setFileMode(d.value === FILE);
          setProblems([]);
          props.onChange({ key: d.value === FILE ? '' : d.value });
        }}
      >
        {FORM_CHOICES.map((f) => (
          <Radio
            key={f.key}
            value={f.key}
            label={
              f.key === suggested
                ? `${f.description} — ${formText.suggested(periodText(currentPeriod(props.today)))}`
                : f.description
            }
          />
        ))}
        <Radio value={FILE} label={formText.fileOption} />
      </RadioGroup>
      {fileMode && (
        <div className={s.file}>
          <label htmlFor={inputId}>
            <Text>{formText.fileLabel}</Text>
          </label>
          <input
            id={inputId}
            className={s.input}
            type="file"
            accept=".json,application/json"
            disabled={props.disabled}
            onChange={(e) => void pick(e.target.files?.[0])}
          />
          {props.value.catalogue && (
            <Text>{formText.fileChosen(props.value.key, props.value.catalogue.description ?? '')}</Text>
          )}
          {problems.length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody>
                {formText.fileProblems(problems.length)}
                <ul className={s.problems}>
                  {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                  {problems.length > SHOWN_PROBLEMS && <li>{formText.fileMore(problems.length - SHOWN_PROBLEMS)}</li>}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </Field>
  );
}
