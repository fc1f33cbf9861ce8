CREATE TABLE "event_deliveries" (
	"event_id" bigint NOT NULL,
	"handler" text NOT NULL,
	"outcome" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_deliveries_event_id_handler_pk" PRIMARY KEY("event_id","handler"),
	CONSTRAINT "event_deliveries_outcome_known" CHECK ("event_deliveries"."outcome" in ('delivered', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
	"handled_at" timestamp with time zone,
	CONSTRAINT "events_kind_known" CHECK ("events"."kind" in ('entry.written', 'entry.undone', 'entry.corrected'))
);
--> statement-breakpoint
ALTER TABLE "event_deliveries" ADD CONSTRAINT "event_deliveries_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_undelivered_idx" ON "events" USING btree ("id") WHERE "events"."handled_at" is null;--> statement-breakpoint
CREATE INDEX "events_handled_at_idx" ON "events" USING btree ("handled_at") WHERE "events"."handled_at" is not null;--> statement-breakpoint
CREATE INDEX "events_user_id_idx" ON "events" USING btree ("user_id");