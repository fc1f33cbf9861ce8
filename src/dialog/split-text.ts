// Long replies go out in pieces (Telegram takes 4096 characters, Discord 2000). A cut must fall
// between graphemes, so a piece never ends in half of an emoji (a lone surrogate the platform
// refuses or shows as garbage) or splits a flag or a skin tone. Intl.Segmenter knows the
// boundaries; a cut prefers a line break in the second half of the piece.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

type Segments = ReturnType<Intl.Segmenter['segment']>;

/**
 * The last grapheme boundary at most `max`: where the grapheme holding the character at `max`
 * starts. containing() asks ICU for that one boundary; iterating every grapheme of a long text
 * is about a thousand times slower.
 */
function lastBoundaryAtMost(text: string, segments: Segments, max: number): number {
  if (max >= text.length) return text.length;
  return segments.containing(max)?.index ?? max;
}

/** A cut at `max` that does not separate a surrogate pair (for one grapheme longer than a whole piece). */
function codePointCut(text: string, max: number): number {
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Pieces of at most `limit` UTF-16 units (what the platforms count), cut at a line break in the
 * second half of a piece when there is one, else at the last grapheme boundary. The line break
 * at a cut is dropped.
 */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const segments = graphemes.segment(text);
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > limit) {
    const max = start + limit;
    let end = lastBoundaryAtMost(text, segments, max);
    if (end <= start) end = codePointCut(text, max);
    const lineBreak = text.lastIndexOf('\n', end - 1);
    if (lineBreak > start + limit / 2) end = lineBreak;
    pieces.push(text.slice(start, end));
    start = text[end] === '\n' ? end + 1 : end;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** At most `max` UTF-16 units, cut at a grapheme boundary (so never inside an emoji). */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = lastBoundaryAtMost(text, graphemes.segment(text), max);
  return text.slice(0, end > 0 ? end : codePointCut(text, max));
}
