import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App, type AppProps } from "./App";

const roots = new WeakMap<HTMLElement, Root>();

/** Renders the pane into the container; called again (a theme change) it re-renders the same root. */
export function mount(container: HTMLElement, props: AppProps): void {
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  root.render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
}
