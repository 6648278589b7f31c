/**
 * The pane's tab list (WAI-ARIA tabs: role tablist/tab, one tab in the Tab order, arrow
 * keys, Home and End move and select), drawn with Fluent's tokens like Fluent's TabList.
 * Fluent's own TabList brings the whole tabster focus library (≈ 21 KB gzip) into the script
 * the pane loads at open, for arrow keys across four buttons.
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXS, minWidth: 0 },
  tab: {
    position: 'relative',
    border: 'none',
    background: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: 'transparent',
    },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
  },
});

export interface ViewTab<V extends string> {
  readonly value: V;
  /** The tab's accessible name (the full name, also where a short label shows). */
  readonly name: string;
  readonly label: ReactNode;
}

export function ViewTabs<V extends string>(props: {
  readonly tabs: readonly ViewTab<V>[];
  readonly selected: V;
  readonly onSelect: (v: V) => void;
  readonly label: string;
  readonly className?: string;
  /** The id of a tab's panel (aria-controls) and of the tab itself (the panel's aria-labelledby). */
  readonly panelId: (v: V) => string;
  readonly tabId: (v: V) => string;
}) {
  const s = useStyles();
  const refs = useRef(new Map<V, HTMLButtonElement>());
  const { tabs, selected, onSelect } = props;
  const move = (e: KeyboardEvent, from: number) => {
    const last = tabs.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? (from + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (from + last) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    e.preventDefault();
    const v = tabs[to]!.value;
    onSelect(v);
    refs.current.get(v)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={mergeClasses(s.list, props.className)}>
      {tabs.map((t, i) => (
        <button
          key={t.value}
          ref={(el) => {
            if (el) refs.current.set(t.value, el);
            else refs.current.delete(t.value);
          }}
          type="button"
          role="tab"
          id={props.tabId(t.value)}
          aria-controls={props.panelId(t.value)}
          aria-selected={t.value === selected}
          aria-label={t.name}
          tabIndex={t.value === selected ? 0 : -1}
          className={mergeClasses(s.tab, t.value === selected && s.selected)}
          onClick={() => onSelect(t.value)}
          onKeyDown={(e) => move(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
