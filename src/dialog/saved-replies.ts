// Replies are saved with the processed update so a redelivery gets the same answer (an
// /export redelivered hands over the same file). Images travel as base64; what comes back
// from storage is validated like any input.
import { z } from 'zod';
import type { Reply } from './messages.js';

const buttonSchema = z.object({ label: z.string(), data: z.string() });
const savedReplySchema = z.object({
  text: z.string(),
  buttons: z.array(z.array(buttonSchema)).optional(),
  image: z.object({ png: z.string(), alt: z.string() }).optional(),
  file: z.object({ name: z.string(), mimeType: z.string(), content: z.string() }).optional(),
  editsPrevious: z.boolean().optional(),
  private: z.boolean().optional(),
});
const savedRepliesSchema = z.object({ replies: z.array(savedReplySchema) });

export function storableReplies(replies: Reply[]): z.input<typeof savedRepliesSchema> {
  return {
    replies: replies.map(({ image, ...rest }) => ({
      ...rest,
      ...(image ? { image: { png: Buffer.from(image.png).toString('base64'), alt: image.alt } } : {}),
    })),
  };
}

/** The saved replies, or null when nothing (valid) was saved. */
export function restoreReplies(saved: unknown): Reply[] | null {
  const parsed = savedRepliesSchema.safeParse(saved);
  if (!parsed.success) return null;
  return parsed.data.replies.map(({ image, ...rest }) => ({
    ...rest,
    ...(image ? { image: { png: new Uint8Array(Buffer.from(image.png, 'base64')), alt: image.alt } } : {}),
  }));
}
