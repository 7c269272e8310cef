import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { screenDevice } from '../../src/local/console/screenDevice.js';

/** The same request from a device with a screen: APL in supportedInterfaces and a viewport. */
export function onScreen(envelope: RequestEnvelope): RequestEnvelope {
  const copy = structuredClone(envelope);
  // The same device the console's `--screen` simulates: a landscape hub.
  const { supportedInterfaces, viewport } = screenDevice('hub');
  copy.context.System.device = {
    deviceId: copy.context.System.device?.deviceId ?? 'amzn1.ask.device.TEST',
    supportedInterfaces,
  };
  (copy.context as unknown as Record<string, unknown>).Viewport = viewport;
  return copy;
}

/** A touch on a row of a document the skill rendered: Alexa.Presentation.APL.UserEvent with its arguments. */
export function userEventRequest(args: unknown[], token = 'dbvoice-list'): RequestEnvelope {
  return {
    version: '1.0',
    session: {
      new: false,
      sessionId: 'amzn1.echo-api.session.test',
      application: { applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001' },
      user: { userId: 'amzn1.ask.account.TESTUSER' },
      attributes: {},
    },
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000001' },
        user: { userId: 'amzn1.ask.account.TESTUSER' },
        device: {
          deviceId: 'amzn1.ask.device.TEST',
          supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } },
        },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'test-token',
      },
    },
    request: {
      type: 'Alexa.Presentation.APL.UserEvent',
      requestId: 'req-touch',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      token,
      arguments: args,
      source: { type: 'TouchWrapper', handler: 'Press', id: 'row' },
      components: {},
    },
  } as RequestEnvelope;
}

export interface RenderDocument {
  readonly type: 'Alexa.Presentation.APL.RenderDocument';
  readonly token: string;
  readonly document: { readonly type: string; readonly version: string; readonly mainTemplate: unknown };
  readonly datasources: Record<string, Record<string, unknown>>;
}

/** A list screen's datasource (screens/listScreen.ts) as a test reads it. */
export interface ListData {
  title: string;
  items: {
    label: string;
    name: string;
    region: string;
    regionName: string;
    status: string;
    ok: boolean;
    detail: string;
    action: string;
  }[];
}

/** The RenderDocument directives of a response (none for a device without a screen). */
export function renderDocuments(envelope: ResponseEnvelope): RenderDocument[] {
  return (envelope.response.directives ?? []).filter(
    (d) => d.type === 'Alexa.Presentation.APL.RenderDocument',
  ) as unknown as RenderDocument[];
}

/** The points of an AVG path of M/L commands: [[x, y], ...]. */
export function pathPoints(path: string): [number, number][] {
  return [...path.matchAll(/[ML]\s*(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
