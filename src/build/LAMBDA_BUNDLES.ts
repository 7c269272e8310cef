/**
 * The Lambdas `npm run build` bundles, and where. The CDK app deploys these directories as they are, so the code
 * in AWS is the code the tests and benchmarks ran. Paths are relative to the project root.
 */
export const LAMBDA_BUNDLES = {
  // Code-split: AWS SDK clients load only when an intent needs them (see the cold-start benchmark).
  skill: { entry: 'src/skill/index.ts', outdir: 'dist/skill', splitting: true },
  userManagement: { entry: 'src/user-management/index.ts', outdir: 'dist/user-management', splitting: false },
} as const;
