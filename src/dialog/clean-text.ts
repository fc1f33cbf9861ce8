// Text from outside, made safe before anything reads, stores or echoes it. PostgreSQL refuses
// NUL in text and JSON, and half of a surrogate pair (a broken emoji) is not valid UTF-8: one
// such message used to fail the statement that saves everyone's replies. Control characters
// are invisible in a chat anyway. Every adapter's inbound mapper runs this, and the
// conversation runs it again for any other caller.
import type { InboundMessage } from './messages.js';

// Control characters (Unicode Cc) other than newline and tab, lone surrogates (Cs: with the u
// flag a well-formed pair is one code point, so only unpaired halves match), and U+FFFD, which a
// UTF-8 decoder (a terminal, a pipe) puts where such a half was.
const UNREADABLE = /[^\P{Cc}\n\t]|\p{Cs}|\uFFFD/gu;

/** The text without NUL, other control characters (newline and tab stay), lone surrogates and U+FFFD. */
export function cleanText(text: string): string {
  return text.replace(UNREADABLE, '');
}

/**
 * The message with every text a person typed cleaned: the text, a caption, the display name
 * and button data. A text that had something in it but nothing readable is marked, so the
 * person is told why nothing happened.
 */
export function cleanInbound(message: InboundMessage): InboundMessage {
  const cleaned: InboundMessage = { ...message, user: { ...message.user } };
  if (message.text !== undefined) {
    cleaned.text = cleanText(message.text);
    if (cleaned.text.trim() === '' && message.text.trim() !== '') cleaned.unreadableText = true;
  }
  if (message.user.displayName !== undefined) cleaned.user.displayName = cleanText(message.user.displayName);
  if (message.button) cleaned.button = { data: cleanText(message.button.data) };
  if (message.attachment?.caption !== undefined) cleaned.attachment = { ...message.attachment, caption: cleanText(message.attachment.caption) };
  return cleaned;
}
