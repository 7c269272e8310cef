import alexaUtterances from 'alexa-utterances';
import { ModelError } from './ModelError.js';

const FAMILY = /<([A-Za-z]+)>/;
const OPTIONAL = /\[([^[\]]*)\]/;
/** Families referring to families: deeper than this is a loop. */
const MAX_DEPTH = 8;

/**
 * Expands one template sample into the samples it stands for. `<family>` and `[optional]` are expanded
 * here because alexa-utterances cannot nest a slot inside an alternative ("{in {region}|}"); the flat
 * `{a|b}` alternatives and slot references are then expanded by alexa-utterances, which is what it is for.
 * Every `{name}` naming one of `slots` is a slot reference; anything else in braces is an alternative.
 */
export function expandSample(
  template: string,
  families: Readonly<Record<string, readonly string[]>>,
  slots: readonly string[],
): string[] {
  const flat = expandStructure(template, families, 0);
  const slotSet = new Set(slots);
  const out = new Set<string>();
  for (const text of flat) {
    const marked = text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) =>
      slotSet.has(name) ? `{-|${name}}` : whole,
    );
    for (const sample of alexaUtterances(marked, {}, {})) {
      const stray = sample.replace(/\{[A-Za-z]+\}/g, '');
      if (/[{}|<>[\]]/.test(stray))
        throw new ModelError(`"${template}" expands to "${sample}": nest only with <family> or [optional]`);
      out.add(tidy(sample));
    }
  }
  return [...out].filter((sample) => sample !== '');
}

function expandStructure(
  text: string,
  families: Readonly<Record<string, readonly string[]>>,
  depth: number,
): string[] {
  if (depth > MAX_DEPTH) throw new ModelError(`phrase families refer to each other in a loop near "${text}"`);
  const family = FAMILY.exec(text);
  if (family) {
    const alternatives = families[family[1]!];
    if (!alternatives) throw new ModelError(`unknown phrase family <${family[1]}> in "${text}"`);
    const before = text.slice(0, family.index);
    const after = text.slice(family.index + family[0].length);
    return alternatives.flatMap((alternative) =>
      expandStructure(`${before}${alternative}${after}`, families, depth + 1),
    );
  }
  const optional = OPTIONAL.exec(text);
  if (optional) {
    const before = text.slice(0, optional.index);
    const after = text.slice(optional.index + optional[0].length);
    return [
      ...expandStructure(`${before}${optional[1]}${after}`, families, depth),
      ...expandStructure(`${before}${after}`, families, depth),
    ];
  }
  return [text];
}

/** Optional parts leave double or edge spaces behind; Alexa rejects those. */
function tidy(sample: string): string {
  return sample.replace(/\s+/g, ' ').trim();
}
