// The shape of a message catalog. A message is a string with `{name}` placeholders, or a
// pair of plural forms picked by the `count` variable with Intl.PluralRules.
export type Message = string | { one: string; other: string };
export type Vars = Record<string, string | number>;
