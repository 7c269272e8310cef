import type { DbInstanceSummary } from '../domain/fleet/DbInstanceSummary.js';
import type { ScreenListKind } from '../speech/ScreenStrings.js';
import type { SpeechStrings } from '../speech/SpeechStrings.js';
import { writtenNameOf } from '../speech/writtenNameOf.js';
import listDocument from './documents/list.json' with { type: 'json' };
import type { Screen } from './Screen.js';

const LIST_TOKEN = 'dbvoice-list';

/**
 * The most a list's rows may weigh, as JSON. Alexa refuses a response over 24 KB; the document (about 5 KB),
 * the speech and the card share it, so a long list shows its first rows and says how many there are.
 */
const LIST_ROWS_BUDGET_BYTES = 10_000;

/** What touching a list item asks: the status of an instance, or the instances of an application. */
export const SCREEN_ACTIONS = { status: 'status', application: 'application' } as const;
type ScreenAction = (typeof SCREEN_ACTIONS)[keyof typeof SCREEN_ACTIONS];

export interface ListItem {
  /** What the row shows first: an instance or application name, an alarm's name, an event's message. */
  readonly label: string;
  /** The instance (or application) a touch asks about, as the skill names it. */
  readonly name: string;
  /** A Region code; empty for an application, which spans Regions. */
  readonly region: string;
  readonly status: string;
  /** Whether the status is a good one (drawn green) or worth a look (amber). */
  readonly ok: boolean;
  /** The third column: the engine of an instance, the time of an event, the metric of an alarm. */
  readonly detail: string;
  readonly action: ScreenAction;
}

/**
 * A scrollable list (instances, applications, alarms, events, fleet-health issues, sessions): one row per
 * item with its status, Region and detail; touching a row sends [action, name, Region] back as an
 * Alexa.Presentation.APL.UserEvent. Rows past the size budget are left off and the title says so.
 */
export function listScreen(
  strings: SpeechStrings,
  kind: ScreenListKind,
  items: readonly ListItem[],
  /** A heading that says more than the count ("CPUUtilization, last 15 minutes"); kept when rows are cut. */
  heading?: string,
): Screen {
  const { screen } = strings;
  const rows: (ListItem & { regionName: string })[] = [];
  let bytes = 0;
  for (const item of items) {
    const row = { ...item, regionName: item.region ? strings.region(item.region) : '' };
    bytes += Buffer.byteLength(JSON.stringify(row)) + 1;
    if (bytes > LIST_ROWS_BUDGET_BYTES) break;
    rows.push(row);
  }
  return {
    token: LIST_TOKEN,
    document: listDocument,
    datasources: {
      list: {
        kind,
        title: [
          heading,
          rows.length < items.length
            ? screen.listTitlePart(kind, rows.length, items.length)
            : heading
              ? ''
              : screen.listTitle(kind, items.length),
        ]
          .filter(Boolean)
          .join(' · '),
        hint: screen.touchHint(kind),
        items: rows,
      },
    },
  };
}

/**
 * The row of an instance: its name (by its reading, the name beside it), status, Region and engine; a touch
 * asks for its status by the exact name.
 */
export function instanceRow(strings: SpeechStrings, instance: DbInstanceSummary): ListItem {
  return {
    label: writtenNameOf(instance, strings.locale),
    name: instance.name,
    region: instance.region,
    status: instance.status,
    ok: isOkStatus(instance.status),
    detail: strings.engineName(instance.engine),
    action: SCREEN_ACTIONS.status,
  };
}

/** RDS statuses that need no attention. */
const OK_STATUSES = new Set(['available', 'backing-up']);

/** Whether an RDS status needs no attention (drawn green; anything else amber). */
export function isOkStatus(status: string): boolean {
  return OK_STATUSES.has(status);
}
