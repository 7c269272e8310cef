/** The account id when the fleet file does not set one (the one AWS documentation uses). */
export const DEFAULT_ACCOUNT = '123456789012';
