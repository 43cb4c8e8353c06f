import { Body1, Caption1, FluentProvider, Title2, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ThemeName } from "./theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface AppProps {
  readonly theme: ThemeName;
  /** True when the page runs inside an Office application rather than a plain browser tab. */
  readonly inOffice: boolean;
}

export function App({ theme, inOffice }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title2 as="h1">PivotScore</Title2>
        <Body1 as="p">
          PivotScore scores and ranks strategic options against weighted criteria, and shows how the ranking holds up
          across scenarios.
        </Body1>
        <Body1 as="p">
          The controls for weights and scenarios are coming in a later version. Meanwhile, =PIVOT.PARSE(value, [scale])
          shows the number PivotScore reads from a cell.
        </Body1>
        {inOffice ? null : (
          <Caption1 as="p" className={styles.note}>
            This page is open outside Excel. Add PivotScore to Excel with its manifest to use it with a workbook.
          </Caption1>
        )}
      </main>
    </FluentProvider>
  );
}
