CREATE TABLE "chat_memory" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"summary" text,
	"turns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_memory_turns_is_array" CHECK (jsonb_typeof("chat_memory"."turns") = 'array')
);
--> statement-breakpoint
CREATE TABLE "coach_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"personality" text NOT NULL,
	"moment" text NOT NULL,
	"text" text NOT NULL,
	"habit_id" uuid,
	"goal_id" uuid,
	"from_model" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_messages_personality_known" CHECK ("coach_messages"."personality" in ('yoda', 'general', 'mentor')),
	CONSTRAINT "coach_messages_moment_known" CHECK ("coach_messages"."moment" in ('completion', 'miss', 'skip', 'slip', 'undo', 'milestone', 'goal_completed', 'goal_progress', 'weekly_analysis', 'free_chat', 'reminder', 'streak_at_risk', 'welcome'))
);
--> statement-breakpoint
ALTER TABLE "chat_memory" ADD CONSTRAINT "chat_memory_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_messages" ADD CONSTRAINT "coach_messages_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_messages" ADD CONSTRAINT "coach_messages_habit_id_habits_id_fk" FOREIGN KEY ("habit_id") REFERENCES "public"."habits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_messages" ADD CONSTRAINT "coach_messages_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coach_messages_user_id_created_at_idx" ON "coach_messages" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "coach_messages_habit_id_idx" ON "coach_messages" USING btree ("habit_id");--> statement-breakpoint
CREATE INDEX "coach_messages_goal_id_idx" ON "coach_messages" USING btree ("goal_id");