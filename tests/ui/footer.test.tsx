/** @jest-environment jsdom */
/**
 * The pane's footer: add-in and form versions; a newer form in the catalogue than the
 * workbook's is mentioned once (remembered as seen when shown), never again.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogueKey, CATALOGUES, DEFAULT_CATALOGUE } from '../../src/core';
import { compareFormVersions } from '../../src/core/formVersion';
import { FOOTER_TEXT as T } from '../../src/core/text/aggregate';
import { VersionFooter, type SeenStore } from '../../src/ui/footer/VersionFooter';

function memoryStore(): SeenStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** The newest version of the default form this build knows (2025 once that form is in CATALOGUES). */
const NEWEST = Object.values(CATALOGUES)
  .filter((c) => c.formId === DEFAULT_CATALOGUE.formId)
  .sort((a, b) => compareFormVersions(a.version, b.version))
  .pop()!;

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe('VersionFooter', () => {
  it('shows the add-in version and the workbook’s form version', () => {
    wrap(<VersionFooter addinVersion="1.2.3" form={catalogueKey(NEWEST)} store={memoryStore()} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      `${T.label}: ${T.addin('1.2.3')} · ${T.form(NEWEST.version)}`,
    );
    expect(screen.queryByText(/biểu mẫu mới hơn/)).not.toBeInTheDocument(); // the newest form: nothing to say
  });

  it('a workbook without the form says so; in Word only the add-in version', () => {
    const { unmount } = wrap(<VersionFooter addinVersion="1.2.3" store={memoryStore()} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(T.noForm);
    unmount();
    wrap(<VersionFooter addinVersion="1.2.3" inWorkbook={false} store={memoryStore()} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`${T.label}: ${T.addin('1.2.3')}`);
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent(T.noForm);
  });

  it('an older form than the catalogue’s is mentioned once: not again on the next opening', async () => {
    const store = memoryStore();
    const older = `${DEFAULT_CATALOGUE.formId}/2000`;
    const first = wrap(<VersionFooter addinVersion="1.2.3" form={older} store={store} />);
    expect(await screen.findByText(T.newerForm(NEWEST.version))).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: T.dismiss }));
    expect(screen.queryByText(T.newerForm(NEWEST.version))).not.toBeInTheDocument();
    first.unmount();
    wrap(<VersionFooter addinVersion="1.2.3" form={older} store={store} />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(T.form('2000'));
    expect(screen.queryByText(T.newerForm(NEWEST.version))).not.toBeInTheDocument();
  });

  it('a refusing storage never breaks the pane (the notice just shows)', async () => {
    const store: SeenStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    wrap(<VersionFooter form={`${DEFAULT_CATALOGUE.formId}/2000`} store={store} />);
    expect(await screen.findByText(T.newerForm(NEWEST.version))).toBeInTheDocument();
  });
});
