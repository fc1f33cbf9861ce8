CREATE TABLE "deliveries" (
	"key" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"due_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "deliveries_kind_known" CHECK ("deliveries"."kind" in ('reminder', 'snooze', 'nudge', 'review')),
	CONSTRAINT "deliveries_status_known" CHECK ("deliveries"."status" in ('sending', 'sent', 'skipped', 'unconfirmed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"habit_id" uuid,
	"kind" text NOT NULL,
	"fingerprint" text DEFAULT '' NOT NULL,
	"plan_needed" boolean DEFAULT true NOT NULL,
	"next_at" timestamp with time zone,
	"slot" text,
	"lease_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedules_user_id_habit_id_kind_unique" UNIQUE NULLS NOT DISTINCT("user_id","habit_id","kind"),
	CONSTRAINT "schedules_kind_known" CHECK ("schedules"."kind" in ('reminder', 'snooze', 'nudge', 'review')),
	CONSTRAINT "schedules_habit_for_habit_kinds" CHECK (("schedules"."habit_id" is not null) = ("schedules"."kind" in ('reminder', 'snooze'))),
	CONSTRAINT "schedules_slot_format" CHECK ("schedules"."slot" ~ '^[0-9]{8}T[0-9]{4}$'),
	CONSTRAINT "schedules_next_at_has_slot" CHECK ("schedules"."next_at" is null or "schedules"."slot" is not null)
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"metrics" jsonb NOT NULL,
	"comparison" jsonb,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "reviews_status_known" CHECK ("reviews"."status" in ('in_progress', 'completed', 'abandoned')),
	CONSTRAINT "reviews_answers_is_array" CHECK (jsonb_typeof("reviews"."answers") = 'array'),
	CONSTRAINT "reviews_metrics_is_object" CHECK (jsonb_typeof("reviews"."metrics") = 'object'),
	CONSTRAINT "reviews_completed_at_when_finished" CHECK (("reviews"."completed_at" is null) = ("reviews"."status" = 'in_progress'))
);
--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_habit_id_habits_id_fk" FOREIGN KEY ("habit_id") REFERENCES "public"."habits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_user_id_idx" ON "deliveries" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "schedules_next_at_idx" ON "schedules" USING btree ("next_at") WHERE "schedules"."next_at" is not null;--> statement-breakpoint
CREATE INDEX "schedules_plan_needed_idx" ON "schedules" USING btree ("id") WHERE "schedules"."plan_needed";--> statement-breakpoint
CREATE INDEX "schedules_habit_id_idx" ON "schedules" USING btree ("habit_id");--> statement-breakpoint
CREATE INDEX "reviews_user_id_started_at_idx" ON "reviews" USING btree ("user_id","started_at");