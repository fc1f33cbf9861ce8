// The shape of a message catalog. A message is an ICU MessageFormat string: `{name}`
// placeholders, `{count, plural, one {…} other {…}}`, `{x, select, …}`. The `{one, other}`
// pair is the older form, still read (as a plural on `count`) so a key added that way works.
export type Message = string | { one: string; other: string };
export type Vars = Record<string, string | number>;
