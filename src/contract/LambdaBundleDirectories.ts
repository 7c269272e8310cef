/**
 * Where `npm run build` writes each Lambda's bundle (relative to the project root) and the CDK app deploys it
 * from, as it is: the code in AWS is the code the tests and benchmarks ran.
 */
export const LambdaBundleDirectories = {
  skill: 'dist/skill',
  userManagement: 'dist/user-management',
} as const;
