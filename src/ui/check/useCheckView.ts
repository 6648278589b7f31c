/**
 * The state of "Kiểm tra": the session (status, last check, what runs) and, before the form
 * exists, which form to make and for which period.
 */
import { useState } from 'react';
import {
  catalogueForDate,
  catalogueForPeriod,
  catalogueKey,
  currentPeriod,
  findCatalogue,
  type ReportPeriod,
} from '../../core';
import { useSession } from '../session/useWorkbookSession';
import type { FormSelection } from './FormChoice';

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

export function useCheckView(today: Date) {
  const session = useSession();
  const { status, result, busy } = session;
  const [form, setForm] = useState<FormSelection>(() => ({ key: catalogueKey(catalogueForDate(today)) }));
  /** "Thêm N trang … vào sổ tính này", from the chosen form's plan (given by FormChoice, which has the plan builder). */
  const [createHint, setCreateHint] = useState<string>();
  const ours = !!status?.ours;
  return {
    session,
    form,
    setForm,
    createHint,
    setCreateHint,
    ours,
    /** Our sheets the workbook lacks (repair adds them back). */
    missingSheets: status?.ours ? status.missing : [],
    disabled: busy !== null,
    // A hand-typed tally (a workbook made before the register) may be switched to the register.
    offerSwitch: ours && !!session.workbook.switchToRegister && result?.tallySource === 'typed',
    /** Make the chosen form, its period written in "Thông tin chung". */
    create: () =>
      session.create({
        ...(form.catalogue ? { catalogue: form.catalogue } : { form: form.key }),
        period: periodForForm(form.key, today),
      }),
  };
}

export type CheckViewState = ReturnType<typeof useCheckView>;
