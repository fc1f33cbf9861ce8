ALTER TABLE "users" ADD COLUMN "evening_nudge_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "weekly_review_enabled" boolean DEFAULT true NOT NULL;