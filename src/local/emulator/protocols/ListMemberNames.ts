/**
 * The element name of each list's items in a query-protocol response, keyed by the list's own element name
 * or, where a name means different things in different places, by `Parent.List`. Lists not named here use
 * `member`, as the awsQuery protocol does by default.
 */
export type ListMemberNames = Readonly<Record<string, string>>;
