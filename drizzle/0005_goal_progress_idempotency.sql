ALTER TABLE "goal_progress" ADD COLUMN "idempotency_key" text;--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_user_id_idempotency_key_unique" UNIQUE("user_id","idempotency_key");--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_idempotency_key_not_blank" CHECK (length("goal_progress"."idempotency_key") > 0);