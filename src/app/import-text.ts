// An export file is JSON, and JSON can spell characters no database text holds: "\u0000" (NUL)
// and half of a surrogate pair (a broken emoji). The import is an exact round trip, so such a
// file is refused with the place of each bad string, before anything is stored (the file waits
// in the flow state, which is JSON in the database too, while the person confirms).

// With the u flag a well-formed surrogate pair is one code point: \p{Cs} matches only a lone half.
const LONE_SURROGATE = /\p{Cs}/u;
const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);
const MAX_ISSUES = 20;

/** "habits.0.name: holds a NUL byte or a broken emoji" for each string (or key) no database can store. */
export function unstorableTextIssues(data: unknown): string[] {
  const issues: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (issues.length >= MAX_ISSUES) return;
    if (typeof value === 'string') {
      if (unstorable(value)) issues.push(`${path || 'file'}: holds a NUL byte or a broken emoji`);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, path ? `${path}.${index}` : String(index)));
      return;
    }
    if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (unstorable(key)) issues.push(`${path || 'file'}: a field name holds a NUL byte or a broken emoji`);
        else visit(item, at);
      }
    }
  };
  visit(data, '');
  return issues;
}
