import { cardScreen } from '../../screens/cardScreen.js';
import { roundForSpeech, scaleReading } from '../../speech/scaleReading.js';
import { intentHandler } from '../intentHandler.js';
import { INTENTS } from '../interactionModel.js';
import { answerBastionCheck } from './answerBastionCheck.js';

const GIB = 1024 ** 3;
/** Databases on the card screen, largest first: the rest are on the Alexa app's card. */
const SCREEN_DATABASES = 12;

/**
 * "Tablespace usage for hr in Oregon." Oracle reports each tablespace's fill against its data files (the
 * ones over the threshold are spoken); the other engines report database sizes, which are set against the
 * instance's allocated storage (Aurora has no fixed size).
 */
export const TablespaceUsageHandler = intentHandler(INTENTS.TablespaceUsage, (input, context) => {
  const { strings, services } = context;
  const words = strings.bastion.storage;
  const threshold = services.config.bastion.storageThresholdPercent;
  return answerBastionCheck(
    input,
    context,
    () => ({ check: 'storage' }),
    (output, { instance, name, regionName }) => {
      const where = { instance: name, region: regionName };
      const title = strings.bastion.cards.storage(name);
      const subtitle = strings.screen.storageSubtitle(
        strings.screen.instanceTitle(name, instance.region, regionName),
        threshold,
      );
      if (output.rows.length === 0) return { speech: words.noRows(where), card: { title } };

      const tablespaces = output.rows
        .filter((row) => row.pct !== undefined && row.pct !== '')
        .map((row) => ({
          name: row.name ?? '',
          percent: Number(row.pct),
          used: Number(row.used_bytes),
          max: Number(row.max_bytes || row.size_bytes),
        }))
        .sort((a, b) => b.percent - a.percent);
      if (tablespaces.length > 0) {
        const over = tablespaces.filter((t) => t.percent >= threshold);
        const fullest = tablespaces[0]!;
        return {
          speech:
            over.length > 0
              ? words.tablespacesOver(
                  where,
                  threshold,
                  over.map((t) => words.tablespaceItem(t.name, t.percent)),
                )
              : words.tablespacesFine(where, threshold, words.tablespaceItem(fullest.name, fullest.percent)),
          card: {
            title,
            content: tablespaces
              .map((t) => words.cardTablespace(t.name, t.percent, t.used, t.max))
              .join('\n'),
          },
          // Tablespace usage as bars, fullest first; those over the threshold in amber.
          screen: cardScreen(
            title,
            subtitle,
            tablespaces.map((t) => ({
              label: t.name,
              value: strings.screen.axisValue(t.percent, 'percent'),
              percent: t.percent,
              over: t.percent >= threshold,
            })),
          ),
        };
      }

      const databases = output.rows
        .map((row) => ({ name: row.name ?? '', used: Number(row.used_bytes) || 0 }))
        .sort((a, b) => b.used - a.used);
      const total = databases.reduce((sum, d) => sum + d.used, 0);
      const aurora = instance.engine.startsWith('aurora');
      const allocated = aurora ? undefined : (instance.allocatedStorageGb ?? 0) * GIB || undefined;
      const speech =
        words.databases(
          where,
          total,
          allocated,
          threshold,
          databases.slice(0, 3).map((d) => words.databaseItem(d.name, d.used)),
        ) + (aurora ? ` ${words.auroraNote}` : '');
      // Each database as a share of the allocated storage (bars when the instance has a fixed size), the
      // total first; the total is amber once it passes the threshold.
      const bar = (bytes: number) =>
        allocated ? { percent: (100 * bytes) / allocated, over: (100 * total) / allocated >= threshold } : {};
      const written = (bytes: number) => {
        const scaled = scaleReading({ value: bytes, unit: 'Bytes' });
        return strings.screen.axisValue(roundForSpeech(scaled.value), scaled.unit);
      };
      return {
        speech,
        card: {
          title,
          content: [speech, '', ...databases.map((d) => words.cardDatabase(d.name, d.used))].join('\n'),
        },
        screen: cardScreen(title, subtitle, [
          { label: strings.screen.totalLabel, value: written(total), ...bar(total) },
          ...databases
            .slice(0, SCREEN_DATABASES)
            .map((d) => ({ label: d.name, value: written(d.used), ...bar(d.used), over: false })),
        ]),
      };
    },
  );
});
