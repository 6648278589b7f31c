/**
 * "Nhập nhanh danh sách khen thưởng": the decision typed once (số, ngày, cấp quyết định,
 * danh hiệu, loại, đối tượng), filled into the lines selected in the register, or given to
 * new lines made from a pasted list of names. Shown only when the workbook has a register.
 */
import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { useId } from 'react';
import { ENTRY_TEXT } from '../../core/text/registerEntry';
import { StatusArea } from '../StatusArea';
import { useHeadingStyles } from '../styles';
import type { DecisionDraft, RegisterEntryProps } from './RegisterEntry.types';
import { useRegisterEntry, type RegisterEntryState } from './useRegisterEntry';
import { useRegisterEntryStyles } from './useRegisterEntryStyles.styles';

const WORKING = { choices: ENTRY_TEXT.loadingChoices, fill: ENTRY_TEXT.working, add: ENTRY_TEXT.working } as const;

function TextField(props: {
  readonly state: RegisterEntryState;
  readonly field: keyof DecisionDraft;
  readonly placeholder?: string;
  readonly hint?: string;
}) {
  const s = useRegisterEntryStyles();
  const { state, field } = props;
  return (
    <Field label={ENTRY_TEXT.fields[field]} hint={props.hint}>
      <Input
        className={s.control}
        value={state.draft[field]}
        placeholder={props.placeholder}
        onChange={(_e, d) => state.setField(field, d.value)}
        disabled={state.busy !== null}
      />
    </Field>
  );
}

function Choice(props: {
  readonly state: RegisterEntryState;
  readonly field: 'award' | 'kind' | 'subject';
  readonly options: readonly string[];
}) {
  const s = useRegisterEntryStyles();
  const { state, field, options } = props;
  return (
    <Field label={ENTRY_TEXT.fields[field]}>
      <Select
        className={s.control}
        value={state.draft[field]}
        // A long award label is cut at 320 px: the whole of it on hover.
        title={state.draft[field] || undefined}
        onChange={(_e, d) => state.setField(field, d.value)}
        disabled={state.busy !== null || !options.length}
      >
        <option value="">{ENTRY_TEXT.none}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function Skipped({ state }: { readonly state: RegisterEntryState }) {
  const s = useRegisterEntryStyles();
  if (!state.pasted.skipped.length) return null;
  const say = {
    header: ENTRY_TEXT.skippedHeader,
    noName: ENTRY_TEXT.skippedNoName,
    tooLong: ENTRY_TEXT.skippedTooLong,
  } as const;
  return (
    <ul className={s.skipped}>
      {state.pasted.skipped.map((x) => (
        <li key={x.line}>
          <Text size={200}>{say[x.reason](x.line, x.text)}</Text>
        </li>
      ))}
    </ul>
  );
}

export function RegisterEntryPanel({ host, form, onWritten }: RegisterEntryProps) {
  const s = useRegisterEntryStyles();
  const h = useHeadingStyles();
  const headingId = useId();
  const state = useRegisterEntry(host, form, onWritten);
  const { choices, draft, busy } = state;
  if (!choices) return null;
  const award = choices.awards.find((a) => a.label === draft.award);
  const n = state.pasted.names.length;
  const disabled = busy !== null;
  return (
    <section aria-labelledby={headingId} className={s.section}>
      <h2 id={headingId} className={h.h2}>
        {ENTRY_TEXT.heading}
      </h2>
      <Text as="p" block className={s.wrap}>
        {ENTRY_TEXT.intro}
      </Text>
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{ENTRY_TEXT.decisionLegend}</legend>
        <TextField state={state} field="decision" placeholder={ENTRY_TEXT.decisionPlaceholder} />
        <TextField state={state} field="date" placeholder={ENTRY_TEXT.datePlaceholder} />
        <TextField state={state} field="authority" />
        <Choice state={state} field="award" options={choices.awards.map((a) => a.label)} />
        <Choice state={state} field="kind" options={award?.kinds ?? []} />
        <Choice state={state} field="subject" options={award?.subjects ?? choices.subjects} />
      </fieldset>
      <div className={s.actions}>
        <Button onClick={() => void state.fill()} disabled={disabled}>
          {ENTRY_TEXT.fill}
        </Button>
      </div>
      <Text as="p" block size={200} className={s.wrap}>
        {ENTRY_TEXT.fillHint}
      </Text>
      <div className={s.names}>
        <Field label={ENTRY_TEXT.namesLabel} hint={ENTRY_TEXT.namesCount(n)}>
          <Textarea
            className={s.textarea}
            textarea={{ className: s.textarea }}
            value={state.namesText}
            placeholder={ENTRY_TEXT.namesPlaceholder}
            resize="vertical"
            rows={5}
            onChange={(_e, d) => state.setNamesText(d.value)}
            disabled={disabled}
          />
        </Field>
        <Skipped state={state} />
        <div className={s.actions}>
          <Button appearance="primary" onClick={() => void state.add()} disabled={disabled || !n}>
            {ENTRY_TEXT.add(n)}
          </Button>
        </div>
      </div>
      <StatusArea working={busy && busy !== 'choices' ? WORKING[busy] : undefined} notice={state.notice} />
    </section>
  );
}
