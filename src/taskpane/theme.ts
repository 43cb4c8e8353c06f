export type ThemeName = "light" | "dark";

/** The part of Office.OfficeTheme the choice depends on; clients fill in different subsets of it. */
export interface ThemeHints {
  readonly isDarkTheme?: boolean | undefined;
  readonly bodyBackgroundColor?: string | undefined;
}

/** Relative luminance of a "#RRGGBB" colour (WCAG 2.x definition), or null for anything else. */
export function luminance(hex: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Light or dark, following Office where it says which theme is active, else the body colour it reports,
 * else the browser's preference (Excel on the web reports no theme).
 */
export function chooseTheme(office: ThemeHints | undefined, prefersDark: boolean): ThemeName {
  if (typeof office?.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const background = office?.bodyBackgroundColor === undefined ? null : luminance(office.bodyBackgroundColor);
  if (background !== null) return background < 0.2 ? "dark" : "light";
  return prefersDark ? "dark" : "light";
}
