/**
 * "Kiểm tra": the form's state and its actions, what is running, the result of the last
 * check — TỔNG CỘNG and the rates whenever the tally could be read without errors (warnings
 * too), then the findings. "Kiểm tra" is the everyday action (primary); "Sửa biểu mẫu" is
 * rare (secondary). Before the form exists: which form to make, and "Tạo biểu mẫu".
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { lazy, useState, type ReactNode } from 'react';
import {
  catalogueForDate,
  catalogueForPeriod,
  catalogueKey,
  currentPeriod,
  findCatalogue,
  type ReportPeriod,
} from '../../core';
import { UI_TEXT } from '../../core/text/ui';
import { Findings } from '../Findings';
import type { FormSelection } from '../FormChoice';
import { LazyBoundary } from '../LazyBoundary';
import { useSession, WORKING } from '../session/useWorkbookSession';
import { StatusArea } from '../StatusArea';
import { useHeadingStyles } from '../styles';
import { Totals } from '../Totals';
import { useCheckViewStyles } from './useCheckViewStyles.styles';

/**
 * Which form to make: shown only before the form exists, and loaded then (with the checker of
 * a province's catalogue file), so a workbook with the form opens without it.
 */
const FormChoice = lazy(() =>
  import(/* webpackChunkName: "form-choice" */ '../FormChoice').then((m) => ({ default: m.FormChoice })),
);

/**
 * The report period a new workbook of `formKey` is for: the current one when that form is in
 * force now (or is a province's form), else the latest period the form was in force (a late
 * report on the earlier form) — so "Thông tin chung" is never left without a period.
 */
export function periodForForm(formKey: string, today: Date): ReportPeriod {
  const now = currentPeriod(today);
  if (!findCatalogue(formKey)) return now;
  let p = now;
  for (let i = 0; i < 200; i++) {
    if (catalogueKey(catalogueForPeriod(p)) === formKey) return p;
    p = p.kind === 'year' ? { kind: 'halfYear', year: p.year } : { kind: 'year', year: p.year - 1 };
  }
  return now;
}

export function CheckView({ today }: { readonly today: Date }) {
  const s = useCheckViewStyles();
  const h = useHeadingStyles();
  const session = useSession();
  const { status, result, busy, notice } = session;
  const [form, setForm] = useState<FormSelection>(() => ({ key: catalogueKey(catalogueForDate(today)) }));
  /** "Thêm N trang … vào sổ tính này", from the chosen form's plan (given by FormChoice, which has the plan builder). */
  const [createHint, setCreateHint] = useState<string>();
  const ours = !!status?.ours;
  const disabled = busy !== null;
  // A hand-typed tally (a workbook made before the register) may be switched to the register.
  const offerSwitch = ours && !!session.workbook.switchToRegister && result?.tallySource === 'typed';

  // The result's sentence goes into the live region, so a screen reader hears "8 lỗi, 2 cảnh báo".
  let said: ReactNode = null;
  let body: ReactNode = null;
  if (result && ours) {
    const clean = result.errors === 0 && result.warnings === 0;
    said = clean ? (
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{UI_TEXT.clean}</MessageBarBody>
      </MessageBar>
    ) : (
      <Text as="p" block>
        {UI_TEXT.summary(result.errors, result.warnings)}
      </Text>
    );
    body = (
      <section aria-labelledby="results-heading" className={s.results}>
        <h2 id="results-heading" className={h.h2}>
          {UI_TEXT.resultsHeading}
        </h2>
        {/* Totals need counts without errors; warnings do not change them. */}
        {result.errors === 0 && result.computed && <Totals computed={result.computed} />}
        {!clean && (
          <Findings
            result={result}
            onSelect={(f) => void session.select(f)}
            onDismiss={session.workbook.dismissMoved ? (line) => void session.dismissMoved(line) : undefined}
            disabled={disabled}
          />
        )}
      </section>
    );
  }

  return (
    <>
      <section aria-labelledby="form-heading">
        <h2 id="form-heading" className={h.h2}>
          {UI_TEXT.appSubtitle}
        </h2>
        {status && !ours && (
          <Text as="p" block>
            {UI_TEXT.notOursHint}
          </Text>
        )}
        {ours && status.missing.length > 0 && (
          <Text as="p" block>
            {UI_TEXT.missingSheets(status.missing)}
          </Text>
        )}
        {offerSwitch && (
          <Text as="p" block>
            {UI_TEXT.switchHint}
          </Text>
        )}
        {status && !ours && (
          <LazyBoundary>
            <FormChoice
              value={form}
              onChange={setForm}
              today={today}
              disabled={disabled}
              onCreateHint={setCreateHint}
            />
          </LazyBoundary>
        )}
        <div className={s.actions}>
          {ours ? (
            <>
              <Button appearance="primary" onClick={() => void session.validate()} disabled={disabled}>
                {UI_TEXT.validate}
              </Button>
              <Button onClick={() => void session.repair()} disabled={disabled} title={UI_TEXT.repairHint}>
                {UI_TEXT.repair}
              </Button>
            </>
          ) : (
            <Button
              appearance="primary"
              onClick={() =>
                void session.create({
                  ...(form.catalogue ? { catalogue: form.catalogue } : { form: form.key }),
                  period: periodForForm(form.key, today),
                })
              }
              disabled={disabled || !form.key || !status}
              title={createHint}
            >
              {UI_TEXT.create}
            </Button>
          )}
          {offerSwitch && (
            <Button onClick={() => void session.switchToRegister()} disabled={disabled}>
              {UI_TEXT.switchToRegister}
            </Button>
          )}
        </div>
      </section>
      <StatusArea working={busy ? WORKING[busy] : undefined} notice={notice}>
        {said}
      </StatusArea>
      {body}
    </>
  );
}
