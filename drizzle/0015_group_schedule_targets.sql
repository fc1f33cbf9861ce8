ALTER TABLE "schedules" DROP CONSTRAINT "schedules_user_id_habit_id_kind_unique";--> statement-breakpoint
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_kind_known";--> statement-breakpoint
ALTER TABLE "schedules" DROP CONSTRAINT "schedules_kind_known";--> statement-breakpoint
ALTER TABLE "deliveries" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "schedules" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "schedules" ADD COLUMN "group_id" uuid;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_group_id_idx" ON "deliveries" USING btree ("group_id") WHERE "deliveries"."group_id" is not null;--> statement-breakpoint
CREATE INDEX "schedules_group_id_idx" ON "schedules" USING btree ("group_id") WHERE "schedules"."group_id" is not null;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_target_habit_id_kind_unique" UNIQUE NULLS NOT DISTINCT("user_id","group_id","habit_id","kind");--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_one_target" CHECK (("deliveries"."user_id" is null) <> ("deliveries"."group_id" is null));--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_kind_known" CHECK ("deliveries"."kind" in ('reminder', 'snooze', 'nudge', 'review', 'group_recap'));--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_one_target" CHECK (("schedules"."user_id" is null) <> ("schedules"."group_id" is null));--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_group_for_group_kinds" CHECK (("schedules"."group_id" is not null) = ("schedules"."kind" in ('group_recap')));--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_kind_known" CHECK ("schedules"."kind" in ('reminder', 'snooze', 'nudge', 'review', 'group_recap'));