import type { DbInstanceSummary } from '../domain/fleet/DbInstanceSummary.js';
import type { SpeechStrings } from '../speech/SpeechStrings.js';
import { writtenNameOf } from '../speech/writtenNameOf.js';
import cardDocument from './documents/card.json' with { type: 'json' };
import type { Screen } from './Screen.js';

const CARD_TOKEN = 'dbvoice-card';

/** One row of a card: a label and its value, and a usage bar when `percent` is given. */
interface CardRow {
  readonly label: string;
  readonly value: string;
  readonly percent?: number;
  /** Drawn amber: over the team's threshold. */
  readonly over?: boolean;
}

/**
 * A compact card (an instance's properties, a storage check): labelled values, some as usage bars. The
 * bar's width is given as a percentage string so the document binds it as is.
 */
/** The card of one instance: what a DBA looks at first, whatever property was asked. */
export function instanceCardScreen(
  strings: SpeechStrings,
  instance: DbInstanceSummary,
  regionName: string,
): Screen {
  const { instanceCard: card, instanceTitle } = strings.screen;
  const rows: CardRow[] = [
    { label: card.labels.status, value: instance.status },
    { label: card.labels.engine, value: `${strings.engineName(instance.engine)} ${instance.engineVersion}` },
    { label: card.labels.instanceClass, value: instance.instanceClass },
    ...(instance.allocatedStorageGb !== undefined && !instance.engine.startsWith('aurora')
      ? [{ label: card.labels.storage, value: card.gigabytes(instance.allocatedStorageGb) }]
      : []),
    { label: card.labels.availability, value: card.multiAz(instance.multiAz) },
    ...(instance.endpoint
      ? [{ label: card.labels.endpoint, value: `${instance.endpoint.address}:${instance.endpoint.port}` }]
      : []),
  ];
  // Headed by the name as the listener heard it; the line under it keeps the exact name.
  return cardScreen(
    writtenNameOf(instance, strings.locale),
    instanceTitle(instance.name, instance.region, regionName),
    rows,
  );
}

export function cardScreen(title: string, subtitle: string, rows: readonly CardRow[]): Screen {
  return {
    token: CARD_TOKEN,
    document: cardDocument,
    datasources: {
      card: {
        title,
        subtitle,
        rows: rows.map((row) => ({
          label: row.label,
          value: row.value,
          bar: row.percent !== undefined,
          width: `${Math.max(0, Math.min(100, row.percent ?? 0))}%`,
          over: row.over ?? false,
        })),
      },
    },
  };
}
