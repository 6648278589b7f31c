/**
 * "Kiểm tra": the form's state and its actions, what is running, the result of the last
 * check — TỔNG CỘNG and the rates whenever the tally could be read without errors (warnings
 * too), then the findings. "Kiểm tra" is the everyday action (primary); "Sửa biểu mẫu" is
 * rare (secondary). Before the form exists: which form to make, and "Tạo biểu mẫu".
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { lazy, type ReactNode } from 'react';
import { UI_TEXT } from '../../core/text/ui';
import { Findings } from '../Findings';
import { LazyBoundary } from '../LazyBoundary';
import { WORKING } from '../session/useWorkbookSession';
import { StatusArea } from '../StatusArea';
import { useHeadingStyles } from '../styles';
import { Totals } from './Totals';
import { useCheckView } from './useCheckView';
import { useCheckViewStyles } from './useCheckViewStyles.styles';

export { periodForForm } from './useCheckView';

/**
 * Which form to make: shown only before the form exists, and loaded then (with the checker of
 * a province's catalogue file), so a workbook with the form opens without it.
 */
const FormChoice = lazy(() =>
  import(/* webpackChunkName: "form-choice" */ './FormChoice').then((m) => ({ default: m.FormChoice })),
);

export function CheckView({ today }: { readonly today: Date }) {
  const s = useCheckViewStyles();
  const h = useHeadingStyles();
  const { session, form, setForm, createHint, setCreateHint, ours, missingSheets, disabled, offerSwitch, create } =
    useCheckView(today);
  const { status, result, busy, notice } = session;

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
        {missingSheets.length > 0 && (
          <Text as="p" block>
            {UI_TEXT.missingSheets(missingSheets)}
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
              onClick={() => void create()}
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
