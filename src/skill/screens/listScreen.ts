import type { ScreenListKind } from '../speech/ScreenStrings.js';
import type { SpeechStrings } from '../speech/SpeechStrings.js';
import listDocument from './documents/list.json' with { type: 'json' };
import type { Screen } from './Screen.js';

const LIST_TOKEN = 'dbvoice-list';

/** What touching a list item asks: the status of an instance, or the instances of an application. */
export const SCREEN_ACTIONS = { status: 'status', application: 'application' } as const;
type ScreenAction = (typeof SCREEN_ACTIONS)[keyof typeof SCREEN_ACTIONS];

interface ListItem {
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
 * A scrollable list (instances, applications, alarms, events): one row per item with its status, Region and
 * detail; touching a row sends [action, name, Region] back as an Alexa.Presentation.APL.UserEvent.
 */
export function listScreen(strings: SpeechStrings, kind: ScreenListKind, items: readonly ListItem[]): Screen {
  const { screen } = strings;
  return {
    token: LIST_TOKEN,
    document: listDocument,
    datasources: {
      list: {
        kind,
        title: screen.listTitle(kind, items.length),
        hint: screen.touchHint,
        items: items.map((item) => ({
          ...item,
          regionName: item.region ? strings.region(item.region) : '',
        })),
      },
    },
  };
}

/** RDS statuses that need no attention. */
const OK_STATUSES = new Set(['available', 'backing-up']);

/** Whether an RDS status needs no attention (drawn green; anything else amber). */
export function isOkStatus(status: string): boolean {
  return OK_STATUSES.has(status);
}
