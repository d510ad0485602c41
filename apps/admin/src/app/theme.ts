import { Alert, createTheme, DEFAULT_THEME, Drawer, Modal, Notification, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';
import { DateInput } from '@mantine/dates';

/** Spanish names for the controls Mantine draws without visible text. */
const CLOSE = { 'aria-label': 'Cerrar' };
const CALENDAR_LABELS = {
  monthLevelControl: 'Elegir el mes',
  yearLevelControl: 'Elegir el año',
  nextMonth: 'Mes siguiente',
  previousMonth: 'Mes anterior',
  nextYear: 'Año siguiente',
  previousYear: 'Año anterior',
  nextDecade: 'Década siguiente',
  previousDecade: 'Década anterior',
};

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of a colour with white. */
export const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** The colour darkened in small steps (towards black, same hue) until it reaches `ratio` on white. */
function darkenTo(hex: string, ratio: number): string {
  let rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let out = hex;
  while (contrastOnWhite(out) < ratio) {
    rgb = rgb.map((v) => Math.floor(v * 0.97));
    out = `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  }
  return out;
}

/**
 * WCAG AA (4.5:1) for every colour the app puts text on or under: with `primaryShade` 8, shade 8
 * is the background of filled buttons and badges (white text) and the text and border of outline
 * ones, shade 9 the text of light ones. Shade 8 reaches 5.3:1 on white so it still passes on
 * striped and hovered rows (gray 0–1); shade 9, 7:1. Mantine's green, orange, yellow, teal… are
 * too light for that (2–4:1), so their darkest shades are darkened here, once, for every page.
 */
function readable(palette: MantineColorsTuple): MantineColorsTuple {
  const shades = [...palette];
  shades[8] = darkenTo(shades[8]!, 5.3);
  shades[9] = darkenTo(shades[9]!, 7);
  return shades as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark')
    .map(([name, palette]) => [name, readable(palette)]),
);

/** Secondary ("dimmed") text: 5.8:1 on white, 5.2:1 on the grey of a hovered row (Mantine's is 3.3:1). */
export const DIMMED = '#5f6670';

/** For MantineProvider's `cssVariablesResolver`. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Placeholders too (Mantine's grey 5 is 2.1:1): a file input shows its hint as its only text.
  light: { '--mantine-color-dimmed': DIMMED, '--mantine-color-placeholder': DIMMED },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'grape',
  // Shade 8 of grape is 5.8:1 on white: links, filled buttons (white text) and outlines pass AA.
  primaryShade: { light: 8, dark: 6 },
  colors,
  // Text on a filled background is black or white, whichever reads better.
  autoContrast: true,
  luminanceThreshold: 0.18,
  // Keyboard focus is always visible; mouse clicks do not draw the ring.
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Cerrar' } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    DateInput: DateInput.extend({ defaultProps: { ariaLabels: CALENDAR_LABELS } }),
  },
});
