/**
 * The dependency rule (issue 11): src/skill reads top to bottom, index -> alexa -> intents -> screens -> speech -> domain,
 * and never back up; no cycles anywhere in src/; the Lambdas never import the local tooling; the CDK app takes
 * from src/ only the shared contract and the bundle list. `npm run depcruise` checks it, as part of `npm test`.
 */
const SKILL = '^src/skill/';
const layerRule = (layer, above) => ({
  name: `skill-${layer}-imports-downward`,
  comment: `src/skill/${layer} may import only the layers below it, never ${above.join(', ')}.`,
  severity: 'error',
  from: { path: `${SKILL}${layer}/` },
  to: { path: `${SKILL}(${above.map((l) => (l === 'index' ? 'index\\.ts$' : `${l}/`)).join('|')})` },
});

module.exports = {
  forbidden: [
    layerRule('alexa', ['index']),
    layerRule('intents', ['index', 'alexa']),
    layerRule('screens', ['index', 'alexa', 'intents']),
    layerRule('speech', ['index', 'alexa', 'intents', 'screens']),
    layerRule('domain', ['index', 'alexa', 'intents', 'screens', 'speech']),
    {
      name: 'skill-files-live-in-a-layer',
      comment:
        'Every file of src/skill sits in alexa/, intents/, screens/, speech/ or domain/ (index.ts is the entry).',
      severity: 'error',
      from: { path: SKILL, pathNot: `${SKILL}(index\\.ts$|alexa/|intents/|screens/|speech/|domain/)` },
      to: {},
    },
    {
      name: 'no-cycles-in-src',
      comment: 'A cycle means two modules cannot be understood (or tested) one without the other.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'lambdas-never-import-local-tooling',
      comment:
        'The emulator, simulator, console and bench are for laptops and tests, never in a Lambda bundle.',
      severity: 'error',
      from: { path: '^src/(skill|user-management)/' },
      to: { path: '^src/local/' },
    },
    {
      name: 'cdk-app-imports-only-the-contract',
      comment: 'lib/ and bin/ take from src/ only the shared contract and the list of Lambda bundles.',
      severity: 'error',
      from: { path: '^(lib|bin)/' },
      to: { path: '^src/', pathNot: '^src/(contract|build)/' },
    },
  ],
  options: {
    // Type-only imports count: a type from an upper layer is an upward dependency all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|cdk\\.out)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
