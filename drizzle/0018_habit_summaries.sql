CREATE TABLE "habit_summaries" (
	"habit_id" uuid PRIMARY KEY NOT NULL,
	"week_start" smallint NOT NULL,
	"cut" date NOT NULL,
	"met" integer NOT NULL,
	"decided" integer NOT NULL,
	"run" integer NOT NULL,
	"last_miss_end" date,
	"recent_met" bigint NOT NULL,
	"recent_missed" bigint NOT NULL,
	"computed_for" date NOT NULL,
	"computed_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "habit_summaries_week_start_monday_or_sunday" CHECK ("habit_summaries"."week_start" in (1, 7)),
	CONSTRAINT "habit_summaries_counts" CHECK ("habit_summaries"."met" >= 0 and "habit_summaries"."decided" >= "habit_summaries"."met" and "habit_summaries"."run" >= 0)
);
--> statement-breakpoint
ALTER TABLE "habit_summaries" ADD CONSTRAINT "habit_summaries_habit_id_habits_id_fk" FOREIGN KEY ("habit_id") REFERENCES "public"."habits"("id") ON DELETE cascade ON UPDATE no action;