/** Rendering and reading helpers shared by the chart tests. */
import { render } from "@testing-library/react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";

export function renderIn(ui: ReactElement, theme: "light" | "dark" = "light") {
  return render(<FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>{ui}</FluentProvider>);
}

/** What an SVG text shows on screen: its own text nodes, without the tooltip <title>. */
export function shown(element: Element): string {
  return [...element.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? "")
    .join("");
}

export const attr = (element: Element | undefined | null, name: string): number => Number(element?.getAttribute(name));

export { prepared } from "../../helpers/prepared";
