CREATE TABLE "link_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "link_codes_code_not_blank" CHECK (length("link_codes"."code") > 0)
);
--> statement-breakpoint
CREATE TABLE "platform_identities" (
	"platform" text NOT NULL,
	"external_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_identities_platform_external_id_pk" PRIMARY KEY("platform","external_id"),
	CONSTRAINT "platform_identities_platform_known" CHECK ("platform_identities"."platform" in ('console', 'telegram', 'discord')),
	CONSTRAINT "platform_identities_external_id_not_blank" CHECK (length("platform_identities"."external_id") > 0)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"time_zone" text DEFAULT 'America/Sao_Paulo' NOT NULL,
	"locale" text DEFAULT 'pt-BR' NOT NULL,
	"day_start_hour" smallint DEFAULT 0 NOT NULL,
	"personality" text DEFAULT 'mentor' NOT NULL,
	"quiet_hours_start" text,
	"quiet_hours_end" text,
	"week_start" smallint DEFAULT 1 NOT NULL,
	"share_stats" boolean DEFAULT false NOT NULL,
	"evening_nudge_time" text,
	"review_day" smallint,
	"review_time" text,
	"onboarded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_display_name_not_blank" CHECK (length(btrim("users"."display_name")) > 0),
	CONSTRAINT "users_time_zone_not_blank" CHECK (length(btrim("users"."time_zone")) > 0),
	CONSTRAINT "users_locale_known" CHECK ("users"."locale" in ('en', 'pt-BR')),
	CONSTRAINT "users_day_start_hour_range" CHECK ("users"."day_start_hour" between 0 and 23),
	CONSTRAINT "users_personality_known" CHECK ("users"."personality" in ('yoda', 'general', 'mentor')),
	CONSTRAINT "users_week_start_monday_or_sunday" CHECK ("users"."week_start" in (1, 7)),
	CONSTRAINT "users_quiet_hours_both_or_neither" CHECK (("users"."quiet_hours_start" is null) = ("users"."quiet_hours_end" is null)),
	CONSTRAINT "users_quiet_hours_start_format" CHECK ("users"."quiet_hours_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "users_quiet_hours_end_format" CHECK ("users"."quiet_hours_end" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "users_evening_nudge_time_format" CHECK ("users"."evening_nudge_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "users_review_time_format" CHECK ("users"."review_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
	CONSTRAINT "users_review_day_weekday" CHECK ("users"."review_day" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"emoji" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "categories_id_user_id_unique" UNIQUE("id","user_id"),
	CONSTRAINT "categories_name_not_blank" CHECK (length(btrim("categories"."name")) > 0)
);
--> statement-breakpoint
CREATE TABLE "habits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"emoji" text,
	"category_id" uuid,
	"kind" text DEFAULT 'build' NOT NULL,
	"why" text,
	"identity" text,
	"frequency_kind" text DEFAULT 'daily' NOT NULL,
	"frequency_days" smallint[],
	"frequency_times" smallint,
	"frequency_every_n" smallint,
	"target_quantity" double precision,
	"target_unit" text,
	"target_direction" text,
	"two_minute_version" text,
	"implementation_intention" text,
	"stack_anchor" text,
	"reminder_times" text[] DEFAULT '{}'::text[] NOT NULL,
	"reminder_days" smallint[],
	"synonyms" text[] DEFAULT '{}'::text[] NOT NULL,
	"multiple_per_day" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"start_date" date NOT NULL,
	"current_streak" integer DEFAULT 0 NOT NULL,
	"longest_streak" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "habits_id_user_id_unique" UNIQUE("id","user_id"),
	CONSTRAINT "habits_id_user_id_multiple_per_day_unique" UNIQUE("id","user_id","multiple_per_day"),
	CONSTRAINT "habits_name_not_blank" CHECK (length(btrim("habits"."name")) > 0),
	CONSTRAINT "habits_kind_known" CHECK ("habits"."kind" in ('build', 'break')),
	CONSTRAINT "habits_status_known" CHECK ("habits"."status" in ('active', 'paused', 'archived')),
	CONSTRAINT "habits_frequency_params" CHECK (case "habits"."frequency_kind"
        when 'daily' then "habits"."frequency_days" is null and "habits"."frequency_times" is null and "habits"."frequency_every_n" is null
        when 'weekdays' then "habits"."frequency_days" is not null and cardinality("habits"."frequency_days") between 1 and 7
          and "habits"."frequency_days" <@ '{1,2,3,4,5,6,7}'::smallint[] and array_position("habits"."frequency_days", null) is null
          and "habits"."frequency_times" is null and "habits"."frequency_every_n" is null
        when 'per_week' then "habits"."frequency_times" between 1 and 7 and "habits"."frequency_days" is null and "habits"."frequency_every_n" is null
        when 'per_month' then "habits"."frequency_times" between 1 and 31 and "habits"."frequency_days" is null and "habits"."frequency_every_n" is null
        when 'every_n_days' then "habits"."frequency_every_n" between 1 and 366 and "habits"."frequency_days" is null and "habits"."frequency_times" is null
        else false end),
	CONSTRAINT "habits_target_complete" CHECK (("habits"."target_quantity" is null and "habits"."target_unit" is null and "habits"."target_direction" is null)
        or ("habits"."target_quantity" > 0 and "habits"."target_quantity" < 'Infinity'::float8 and "habits"."target_unit" is not null
          and "habits"."target_direction" in ('at_least', 'at_most'))),
	CONSTRAINT "habits_reminder_times_format" CHECK (array_to_string("habits"."reminder_times", ',') ~ '^(([01][0-9]|2[0-3]):[0-5][0-9](,|$))*$'),
	CONSTRAINT "habits_reminder_days_weekdays" CHECK ("habits"."reminder_days" <@ '{1,2,3,4,5,6,7}'::smallint[] and array_position("habits"."reminder_days", null) is null),
	CONSTRAINT "habits_streaks_non_negative" CHECK ("habits"."current_streak" >= 0 and "habits"."longest_streak" >= 0),
	CONSTRAINT "habits_archived_at_when_archived" CHECK ("habits"."archived_at" is null or "habits"."status" = 'archived')
);
--> statement-breakpoint
CREATE TABLE "entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"habit_id" uuid NOT NULL,
	"habit_multiple_per_day" boolean NOT NULL,
	"kind" text NOT NULL,
	"local_date" date NOT NULL,
	"quantity" double precision,
	"note" text,
	"mood" smallint,
	"energy" smallint,
	"source" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "entries_user_id_idempotency_key_unique" UNIQUE("user_id","idempotency_key"),
	CONSTRAINT "entries_kind_known" CHECK ("entries"."kind" in ('done', 'skip', 'slip')),
	CONSTRAINT "entries_source_known" CHECK ("entries"."source" in ('chat', 'button', 'command', 'reminder', 'import', 'llm')),
	CONSTRAINT "entries_mood_range" CHECK ("entries"."mood" between 1 and 5),
	CONSTRAINT "entries_energy_range" CHECK ("entries"."energy" between 1 and 5),
	CONSTRAINT "entries_quantity_finite_non_negative" CHECK ("entries"."quantity" >= 0 and "entries"."quantity" < 'Infinity'::float8),
	CONSTRAINT "entries_idempotency_key_not_blank" CHECK (length("entries"."idempotency_key") > 0)
);
--> statement-breakpoint
CREATE TABLE "pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"habit_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	"reason" text DEFAULT 'other' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pauses_reason_known" CHECK ("pauses"."reason" in ('vacation', 'sick', 'other')),
	CONSTRAINT "pauses_end_not_before_start" CHECK ("pauses"."end_date" is null or "pauses"."end_date" >= "pauses"."start_date")
);
--> statement-breakpoint
CREATE TABLE "goal_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"amount" double precision NOT NULL,
	"local_date" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_progress_amount_finite" CHECK ("goal_progress"."amount" > '-Infinity'::float8 and "goal_progress"."amount" < 'Infinity'::float8)
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"target_value" double precision,
	"unit" text,
	"deadline" date,
	"start_date" date NOT NULL,
	"last_reset_date" date,
	"habit_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goals_id_user_id_unique" UNIQUE("id","user_id"),
	CONSTRAINT "goals_title_not_blank" CHECK (length(btrim("goals"."title")) > 0),
	CONSTRAINT "goals_kind_known" CHECK ("goals"."kind" in ('target', 'counter')),
	CONSTRAINT "goals_status_known" CHECK ("goals"."status" in ('active', 'completed', 'archived')),
	CONSTRAINT "goals_target_value_by_kind" CHECK (case "goals"."kind"
        when 'target' then "goals"."target_value" is not null and "goals"."target_value" > 0 and "goals"."target_value" < 'Infinity'::float8
        else "goals"."target_value" is null end),
	CONSTRAINT "goals_reset_only_counters" CHECK ("goals"."last_reset_date" is null or "goals"."kind" = 'counter'),
	CONSTRAINT "goals_deadline_not_before_start" CHECK ("goals"."deadline" is null or "goals"."deadline" >= "goals"."start_date"),
	CONSTRAINT "goals_reset_not_before_start" CHECK ("goals"."last_reset_date" is null or "goals"."last_reset_date" >= "goals"."start_date")
);
--> statement-breakpoint
CREATE TABLE "subtasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subtasks_title_not_blank" CHECK (length(btrim("subtasks"."title")) > 0),
	CONSTRAINT "subtasks_position_non_negative" CHECK ("subtasks"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "dialog_state" (
	"user_id" uuid NOT NULL,
	"chat_ref" text NOT NULL,
	"flow" text NOT NULL,
	"step" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialog_state_user_id_chat_ref_pk" PRIMARY KEY("user_id","chat_ref"),
	CONSTRAINT "dialog_state_data_is_object" CHECK (jsonb_typeof("dialog_state"."data") = 'object')
);
--> statement-breakpoint
CREATE TABLE "processed_updates" (
	"platform" text NOT NULL,
	"update_id" text NOT NULL,
	"processed_at" timestamp with time zone NOT NULL,
	"reply" jsonb,
	CONSTRAINT "processed_updates_platform_update_id_pk" PRIMARY KEY("platform","update_id"),
	CONSTRAINT "processed_updates_platform_known" CHECK ("processed_updates"."platform" in ('console', 'telegram', 'discord'))
);
--> statement-breakpoint
ALTER TABLE "link_codes" ADD CONSTRAINT "link_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "platform_identities" ADD CONSTRAINT "platform_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habits" ADD CONSTRAINT "habits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "habits" ADD CONSTRAINT "habits_category_owner_fk" FOREIGN KEY ("category_id","user_id") REFERENCES "public"."categories"("id","user_id") ON DELETE SET NULL ("category_id") ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_habit_fk" FOREIGN KEY ("habit_id","user_id","habit_multiple_per_day") REFERENCES "public"."habits"("id","user_id","multiple_per_day") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "pauses" ADD CONSTRAINT "pauses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pauses" ADD CONSTRAINT "pauses_habit_fk" FOREIGN KEY ("habit_id","user_id") REFERENCES "public"."habits"("id","user_id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_progress" ADD CONSTRAINT "goal_progress_goal_fk" FOREIGN KEY ("goal_id","user_id") REFERENCES "public"."goals"("id","user_id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_habit_fk" FOREIGN KEY ("habit_id","user_id") REFERENCES "public"."habits"("id","user_id") ON DELETE SET NULL ("habit_id") ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "subtasks" ADD CONSTRAINT "subtasks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subtasks" ADD CONSTRAINT "subtasks_goal_fk" FOREIGN KEY ("goal_id","user_id") REFERENCES "public"."goals"("id","user_id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "dialog_state" ADD CONSTRAINT "dialog_state_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "link_codes_user_id_idx" ON "link_codes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "platform_identities_user_id_idx" ON "platform_identities" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_user_id_lower_name_unique" ON "categories" USING btree ("user_id",lower("name"));--> statement-breakpoint
CREATE INDEX "habits_user_id_status_idx" ON "habits" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "habits_category_id_idx" ON "habits" USING btree ("category_id");--> statement-breakpoint
CREATE UNIQUE INDEX "entries_once_a_day_unique" ON "entries" USING btree ("habit_id","local_date","kind") WHERE not "entries"."habit_multiple_per_day" and "entries"."kind" in ('done', 'skip');--> statement-breakpoint
CREATE INDEX "entries_user_habit_date_idx" ON "entries" USING btree ("user_id","habit_id","local_date");--> statement-breakpoint
CREATE INDEX "entries_user_created_at_idx" ON "entries" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "pauses_user_id_idx" ON "pauses" USING btree ("user_id","start_date");--> statement-breakpoint
CREATE INDEX "pauses_habit_id_idx" ON "pauses" USING btree ("habit_id");--> statement-breakpoint
CREATE INDEX "goal_progress_goal_date_idx" ON "goal_progress" USING btree ("goal_id","local_date");--> statement-breakpoint
CREATE INDEX "goal_progress_user_id_idx" ON "goal_progress" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "goals_user_id_status_idx" ON "goals" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "goals_habit_id_idx" ON "goals" USING btree ("habit_id");--> statement-breakpoint
CREATE INDEX "subtasks_goal_position_idx" ON "subtasks" USING btree ("goal_id","position");--> statement-breakpoint
CREATE INDEX "subtasks_user_id_idx" ON "subtasks" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "processed_updates_processed_at_idx" ON "processed_updates" USING btree ("processed_at");