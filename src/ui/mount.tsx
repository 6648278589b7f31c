/** Mount the pane: used by the Office entry and by browser tests (host over the fake). */
import { createRoot, type Root } from 'react-dom/client';
import { App, OutsideOffice, type AppProps } from './App';

export function mountApp(el: Element, props: AppProps): Root {
  const root = createRoot(el);
  root.render(<App {...props} />);
  return root;
}

export function mountOutsideOffice(el: Element, dark = false): Root {
  const root = createRoot(el);
  root.render(<OutsideOffice dark={dark} />);
  return root;
}
