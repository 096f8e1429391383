import type { PropsWithChildren } from 'react';
import { AppStateProvider } from './state/app-state';
import './app.css';

/** The app shell: pages render as its children, all sharing the app state. */
export default function App({ children }: PropsWithChildren) {
  return <AppStateProvider>{children}</AppStateProvider>;
}
