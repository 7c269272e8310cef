/**
 * What a device with a screen shows with an answer: an APL document (one per layout, under documents/) and
 * the data it binds, as the Alexa.Presentation.APL.RenderDocument directive carries them.
 */
export interface Screen {
  /** Names the rendered document; UserEvents from it carry this token back. */
  readonly token: string;
  readonly document: Readonly<Record<string, unknown>>;
  readonly datasources: Readonly<Record<string, unknown>>;
}
