/**
 * The pane's footer: the add-in's version and the form (catalogue) version of the open
 * workbook; when this build knows a newer version of that form, it says so once — the
 * notice is remembered as seen (per newer form) the first time it shows, and "Đã hiểu"
 * hides it now. Generic over CATALOGUES (core/formVersion.ts).
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { catalogueKey, findCatalogue, newerForm, parseFormKey } from '../../core';
import { FOOTER_TEXT } from '../../core/text/aggregate';

declare const __TDKT_VERSION__: string | undefined;

/** The add-in version the build put in (webpack DefinePlugin from package.json); "" elsewhere (jest). */
export const ADDIN_VERSION: string = typeof __TDKT_VERSION__ === 'string' ? __TDKT_VERSION__ : '';

const useStyles = makeStyles({
  footer: {
    marginTop: tokens.spacingVerticalXXL,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  line: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** Where "seen" is remembered (localStorage in the pane; a stand-in in tests). */
export type SeenStore = Pick<Storage, 'getItem' | 'setItem'>;

function browserStore(): SeenStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked: the notice may show again, never an error
  }
}

const SEEN_PREFIX = 'tdkt.newerFormSeen.';

export interface VersionFooterProps {
  /** The workbook's form marker; undefined while unknown or when the workbook has no form. */
  readonly form?: string;
  readonly addinVersion?: string;
  readonly store?: SeenStore;
  /** false where there is no workbook (Word): only the add-in's version. */
  readonly inWorkbook?: boolean;
}

function formTitle(key: string): string {
  const c = findCatalogue(key);
  const parsed = parseFormKey(key);
  return c ? `${c.version}` : (parsed?.version ?? key);
}

export function VersionFooter({
  form,
  addinVersion = ADDIN_VERSION,
  store = browserStore(),
  inWorkbook = true,
}: VersionFooterProps) {
  const s = useStyles();
  const newer = useMemo(() => newerForm(form), [form]);
  const newerKey = newer ? catalogueKey(newer) : undefined;
  const [show, setShow] = useState(false);
  useEffect(() => {
    if (!newerKey) return setShow(false);
    let seen = false;
    try {
      seen = store?.getItem(SEEN_PREFIX + newerKey) === '1';
      store?.setItem(SEEN_PREFIX + newerKey, '1');
    } catch {
      /* storage refused: show it this time */
    }
    setShow(!seen);
  }, [newerKey, store]);
  const parts = [
    ...(addinVersion ? [FOOTER_TEXT.addin(addinVersion)] : []),
    ...(inWorkbook ? [form ? FOOTER_TEXT.form(formTitle(form)) : FOOTER_TEXT.noForm] : []),
  ];
  if (!parts.length && !show) return null;
  return (
    <footer className={s.footer}>
      {show && newer && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{FOOTER_TEXT.newerForm(newer.version)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setShow(false)}>
              {FOOTER_TEXT.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text size={200} className={s.line}>
        {FOOTER_TEXT.label}: {parts.join(' · ')}
      </Text>
    </footer>
  );
}
