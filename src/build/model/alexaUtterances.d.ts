/** alexa-utterances 0.2.1 ships no types: the one function it exports. */
declare module 'alexa-utterances' {
  function alexaUtterances(
    template: string,
    slots?: Readonly<Record<string, string>>,
    dictionary?: Readonly<Record<string, readonly string[]>>,
    exhaustiveUtterances?: boolean,
  ): string[];
  export = alexaUtterances;
}
