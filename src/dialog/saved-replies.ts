// Replies are saved with the processed update so a redelivery gets the same answer. Images
// travel as base64; what comes back from storage is validated like any input. A file
// (/export) is never stored: the database would hold a copy of the person's data, and a big
// one at that. Only its name is kept, which tells the conversation to make it again.
import { z } from 'zod';
import type { Reply } from './messages.js';

const buttonSchema = z.object({ label: z.string(), data: z.string() });
const savedReplySchema = z.object({
  text: z.string(),
  buttons: z.array(z.array(buttonSchema)).optional(),
  image: z.object({ png: z.string(), alt: z.string() }).optional(),
  file: z.object({ name: z.string(), mimeType: z.string() }).optional(),
  editsPrevious: z.boolean().optional(),
  private: z.boolean().optional(),
  direct: z.boolean().optional(),
  undelivered: z.string().optional(),
});
const savedRepliesSchema = z.object({ replies: z.array(savedReplySchema) });

export function storableReplies(replies: Reply[]): z.input<typeof savedRepliesSchema> {
  return {
    replies: replies.map(({ image, file, ...rest }) => ({
      ...rest,
      ...(image ? { image: { png: Buffer.from(image.png).toString('base64'), alt: image.alt } } : {}),
      ...(file ? { file: { name: file.name, mimeType: file.mimeType } } : {}),
    })),
  };
}

/**
 * The saved replies, or null when nothing (valid) was saved, or when they handed over a file:
 * that message is answered again (an export writes nothing, so making it again is harmless).
 */
export function restoreReplies(saved: unknown): Reply[] | null {
  const parsed = savedRepliesSchema.safeParse(saved);
  if (!parsed.success || parsed.data.replies.some((reply) => reply.file)) return null;
  return parsed.data.replies.map(({ image, file: _file, ...rest }) => ({
    ...rest,
    ...(image ? { image: { png: new Uint8Array(Buffer.from(image.png, 'base64')), alt: image.alt } } : {}),
  }));
}
