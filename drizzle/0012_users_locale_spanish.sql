ALTER TABLE "users" DROP CONSTRAINT "users_locale_known";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_known" CHECK ("users"."locale" in ('en', 'pt-BR', 'es'));