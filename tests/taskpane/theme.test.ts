import { chooseTheme, luminance } from "../../src/taskpane/theme";

describe("chooseTheme", () => {
  it("follows Office's isDarkTheme when the client reports it", () => {
    expect(chooseTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, false)).toBe("dark");
    expect(chooseTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" }, true)).toBe("light");
  });

  it("falls back to the body background colour", () => {
    expect(chooseTheme({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(chooseTheme({ bodyBackgroundColor: "#E6E6E6" }, true)).toBe("light");
  });

  it("falls back to the browser preference when Office reports no theme", () => {
    expect(chooseTheme(undefined, true)).toBe("dark");
    expect(chooseTheme(undefined, false)).toBe("light");
    expect(chooseTheme({ bodyBackgroundColor: "not a colour" }, true)).toBe("dark");
  });
});

describe("luminance", () => {
  it("is 0 for black, 1 for white, and null for anything but #RRGGBB", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1, 10);
    expect(luminance("#fff")).toBeNull();
  });
});
