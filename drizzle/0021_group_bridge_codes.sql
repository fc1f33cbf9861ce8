CREATE TABLE "group_bridge_codes" (
	"code_hash" text PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"created_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "group_bridge_codes_group_id_unique" UNIQUE("group_id")
);
--> statement-breakpoint
ALTER TABLE "group_bridge_codes" ADD CONSTRAINT "group_bridge_codes_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_bridge_codes" ADD CONSTRAINT "group_bridge_codes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;