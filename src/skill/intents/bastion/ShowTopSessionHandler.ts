import type { CheckName } from '../../domain/bastion/CheckName.js';
import { SESSION_METRIC_IDS, type SessionMetricId } from '../../domain/vocabulary.js';
import { listScreen, SCREEN_ACTIONS } from '../../screens/listScreen.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS, SLOTS } from '../interactionModel.js';
import { knownSlotId } from '../slots/knownSlotId.js';
import { readSlot } from '../slots/readSlot.js';
import { answerBastionCheck } from './answerBastionCheck.js';

const CHECKS: Record<SessionMetricId, CheckName> = {
  cpu: 'top-cpu',
  memory: 'top-memory',
  dbtime: 'top-dbtime',
};

/** How many sessions the card and the screen list; speech names the top one. */
const CARD_SESSIONS = 10;
/** A statement on a screen row: its start is enough to know it (the full text, up to 200, is on the card). */
const SCREEN_SQL_CHARS = 120;

/**
 * "Show the top session by CPU on hr in Oregon." CPU is the default. Engines that cannot measure what was
 * asked per session answer with their honest stand-in (the longest running statement) and say so.
 */
export const ShowTopSessionHandler = intentHandler(INTENTS.ShowTopSession, (input, context) => {
  const { strings } = context;
  const words = strings.bastion.sessions;
  const asked = readSlot(input, SLOTS.sessionMetric);
  const metric: SessionMetricId =
    asked.id || asked.spoken ? knownSlotId(input, SLOTS.sessionMetric, SESSION_METRIC_IDS) : 'cpu';
  return answerBastionCheck(
    input,
    context,
    () => ({ check: CHECKS[metric] }),
    (output, { instance, name, regionName }) => {
      const where = { instance: name, region: regionName };
      const title = strings.bastion.cards.sessions(name);
      const top = output.rows[0];
      if (!top) {
        // MySQL (not MariaDB) reads memory from the Performance Schema: no rows means it is off.
        const memoryOff = metric === 'memory' && instance.engine !== 'mariadb';
        return { speech: memoryOff ? words.memoryOff(where) : words.none(where), card: { title } };
      }
      const id = top.session_id ?? '';
      const user = top.username || 'unknown';
      const value = Number(top.value) || 0;
      let speech: string;
      switch (top.metric) {
        case 'cpu_seconds':
          speech = words.cpu(where, id, user, value);
          break;
        case 'memory_bytes':
          speech = words.memory(where, id, user, value);
          break;
        case 'db_seconds':
          speech = words.dbTime(where, id, user, value);
          break;
        case 'transaction_seconds':
          speech = words.longestTransaction(where, id, user, value);
          break;
        default:
          speech =
            (metric === 'cpu' ? `${words.noCpuPerSession(strings.engineName(instance.engine))} ` : '') +
            words.longestStatement(where, id, user, value);
      }
      const sessions = output.rows.slice(0, CARD_SESSIONS).map((row) => {
        const amount = Number(row.value) || 0;
        const shown =
          row.metric === 'memory_bytes' ? strings.bastion.size(amount) : strings.bastion.duration(amount);
        return { id: row.session_id ?? '', user: row.username ?? '', shown, sql: row.sql_text ?? '' };
      });
      const lines = sessions.map((s) => words.cardLine(s.id, s.user, s.shown, s.sql));
      return {
        speech,
        card: { title, content: [speech, '', ...lines].join('\n') },
        // The sessions as rows, the heaviest first; a touch asks for the status of the instance they run on.
        screen: listScreen(
          strings,
          'sessions',
          sessions.map((s) => ({
            label: strings.screen.sessionLabel(s.id, s.user || 'unknown'),
            name,
            region: instance.region,
            status: s.shown,
            ok: true,
            detail: s.sql.slice(0, SCREEN_SQL_CHARS),
            action: SCREEN_ACTIONS.status,
          })),
        ),
      };
    },
  );
});
