import type { interfaces, SupportedInterfaces } from 'ask-sdk-model';

export const SCREEN_KINDS = ['hub', 'round', 'tv'] as const;
export type ScreenKind = (typeof SCREEN_KINDS)[number];

/** The viewports Alexa reports for an Echo Show 8 (landscape hub), an Echo Spot (round) and a Fire TV. */
const VIEWPORTS: Record<ScreenKind, interfaces.viewport.ViewportState> = {
  hub: {
    experiences: [{ canRotate: false, canResize: false }],
    mode: 'HUB',
    shape: 'RECTANGLE',
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 160,
    currentPixelWidth: 1280,
    currentPixelHeight: 800,
    touch: ['SINGLE'],
    keyboard: [],
  },
  round: {
    experiences: [{ canRotate: false, canResize: false }],
    mode: 'HUB',
    shape: 'ROUND',
    pixelWidth: 480,
    pixelHeight: 480,
    dpi: 160,
    currentPixelWidth: 480,
    currentPixelHeight: 480,
    touch: ['SINGLE'],
    keyboard: [],
  },
  tv: {
    experiences: [{ canRotate: false, canResize: false }],
    mode: 'TV',
    shape: 'RECTANGLE',
    pixelWidth: 1920,
    pixelHeight: 1080,
    dpi: 320,
    currentPixelWidth: 1920,
    currentPixelHeight: 1080,
    touch: [],
    keyboard: ['DIRECTION'],
  },
};

/** What a session of a device with a screen sends: APL among its interfaces, and its viewport. */
export function screenDevice(kind: ScreenKind): {
  supportedInterfaces: SupportedInterfaces;
  viewport: interfaces.viewport.ViewportState;
} {
  return {
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } },
    viewport: VIEWPORTS[kind],
  };
}
