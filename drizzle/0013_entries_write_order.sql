DROP INDEX "entries_user_created_at_idx";--> statement-breakpoint
DROP INDEX "entries_user_export_order_idx";--> statement-breakpoint
ALTER TABLE "entries" ADD COLUMN "write_order" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "entries_user_created_at_idx" ON "entries" USING btree ("user_id","created_at","write_order");--> statement-breakpoint
CREATE INDEX "entries_user_export_order_idx" ON "entries" USING btree ("user_id","local_date","created_at","write_order");