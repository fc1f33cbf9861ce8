CREATE TABLE "group_chats" (
	"group_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"chat_id" text NOT NULL,
	"title" text,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "group_chats_platform_chat_id_pk" PRIMARY KEY("platform","chat_id"),
	CONSTRAINT "group_chats_group_id_platform_unique" UNIQUE("group_id","platform"),
	CONSTRAINT "group_chats_platform_known" CHECK ("group_chats"."platform" in ('console', 'telegram', 'discord'))
);
--> statement-breakpoint
CREATE TABLE "group_commitment_adoptions" (
	"commitment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"habit_id" uuid NOT NULL,
	"adopted_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "group_commitment_adoptions_commitment_id_user_id_pk" PRIMARY KEY("commitment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "group_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text DEFAULT 'build' NOT NULL,
	"frequency_kind" text DEFAULT 'daily' NOT NULL,
	"frequency_days" smallint[],
	"frequency_times" smallint,
	"frequency_every_n" smallint,
	"target_quantity" double precision,
	"target_unit" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "group_commitments_title_not_blank" CHECK (length(btrim("group_commitments"."title")) > 0),
	CONSTRAINT "group_commitments_kind_known" CHECK ("group_commitments"."kind" in ('build', 'break')),
	CONSTRAINT "group_commitments_frequency_days_weekdays" CHECK ("group_commitments"."frequency_days" is null or "group_commitments"."frequency_days" <@ '{1,2,3,4,5,6,7}'::smallint[]),
	CONSTRAINT "group_commitments_target_positive" CHECK ("group_commitments"."target_quantity" is null or "group_commitments"."target_quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "group_members" (
	"group_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"joined_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"left_at" timestamp with time zone,
	CONSTRAINT "group_members_group_id_user_id_pk" PRIMARY KEY("group_id","user_id"),
	CONSTRAINT "group_members_status_known" CHECK ("group_members"."status" in ('active', 'left', 'removed')),
	CONSTRAINT "group_members_left_at_when_gone" CHECK (("group_members"."status" = 'active') = ("group_members"."left_at" is null))
);
--> statement-breakpoint
CREATE TABLE "group_shares" (
	"group_id" uuid NOT NULL,
	"habit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"shared_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "group_shares_group_id_habit_id_pk" PRIMARY KEY("group_id","habit_id")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"time_zone" text DEFAULT 'America/Sao_Paulo' NOT NULL,
	"week_start" smallint DEFAULT 1 NOT NULL,
	"locale" text DEFAULT 'pt-BR' NOT NULL,
	"personality" text DEFAULT 'mentor' NOT NULL,
	"proof_day" smallint DEFAULT 5 NOT NULL,
	"proof_time" text DEFAULT '18:00' NOT NULL,
	"recap_day" smallint DEFAULT 7 NOT NULL,
	"recap_time" text DEFAULT '18:00' NOT NULL,
	"last_active_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "groups_name_not_blank" CHECK (length(btrim("groups"."name")) > 0),
	CONSTRAINT "groups_time_zone_not_blank" CHECK (length(btrim("groups"."time_zone")) > 0),
	CONSTRAINT "groups_week_start_monday_or_sunday" CHECK ("groups"."week_start" in (1, 7)),
	CONSTRAINT "groups_locale_known" CHECK ("groups"."locale" in ('en', 'pt-BR', 'es')),
	CONSTRAINT "groups_personality_known" CHECK ("groups"."personality" in ('yoda', 'general', 'mentor')),
	CONSTRAINT "groups_proof_day_weekday" CHECK ("groups"."proof_day" between 1 and 7),
	CONSTRAINT "groups_recap_day_weekday" CHECK ("groups"."recap_day" between 1 and 7),
	CONSTRAINT "groups_proof_time_format" CHECK ("groups"."proof_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "groups_recap_time_format" CHECK ("groups"."recap_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"notes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "partnerships_not_oneself" CHECK ("partnerships"."requester_id" <> "partnerships"."partner_id"),
	CONSTRAINT "partnerships_status_known" CHECK ("partnerships"."status" in ('requested', 'active', 'declined', 'ended'))
);
--> statement-breakpoint
ALTER TABLE "group_chats" ADD CONSTRAINT "group_chats_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_commitment_adoptions" ADD CONSTRAINT "group_commitment_adoptions_commitment_id_group_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."group_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_commitment_adoptions" ADD CONSTRAINT "group_commitment_adoptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_commitment_adoptions" ADD CONSTRAINT "group_commitment_adoptions_habit_id_habits_id_fk" FOREIGN KEY ("habit_id") REFERENCES "public"."habits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_commitments" ADD CONSTRAINT "group_commitments_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_commitments" ADD CONSTRAINT "group_commitments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_members" ADD CONSTRAINT "group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_shares" ADD CONSTRAINT "group_shares_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_shares" ADD CONSTRAINT "group_shares_habit_id_habits_id_fk" FOREIGN KEY ("habit_id") REFERENCES "public"."habits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_shares" ADD CONSTRAINT "group_shares_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_partner_id_users_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_commitment_adoptions_habit_id_idx" ON "group_commitment_adoptions" USING btree ("habit_id");--> statement-breakpoint
CREATE INDEX "group_commitments_group_id_idx" ON "group_commitments" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "group_members_user_id_idx" ON "group_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "group_shares_habit_id_idx" ON "group_shares" USING btree ("habit_id");--> statement-breakpoint
CREATE INDEX "partnerships_requester_id_idx" ON "partnerships" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "partnerships_partner_id_idx" ON "partnerships" USING btree ("partner_id");