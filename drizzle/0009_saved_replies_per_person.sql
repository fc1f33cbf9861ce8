-- Saved replies written before this migration belong to nobody: they are dropped (a redelivery of
-- one of those updates is handled again; every write it makes carries an idempotency key).
DELETE FROM "processed_updates";--> statement-breakpoint
ALTER TABLE "processed_updates" DROP CONSTRAINT "processed_updates_platform_update_id_pk";--> statement-breakpoint
ALTER TABLE "processed_updates" ADD COLUMN "user_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "processed_updates" ADD COLUMN "bot_id" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "processed_updates" ADD CONSTRAINT "processed_updates_pk" PRIMARY KEY("user_id","platform","bot_id","update_id");--> statement-breakpoint
ALTER TABLE "processed_updates" ADD CONSTRAINT "processed_updates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
