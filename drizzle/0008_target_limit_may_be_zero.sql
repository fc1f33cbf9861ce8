ALTER TABLE "habits" DROP CONSTRAINT "habits_target_complete";--> statement-breakpoint
ALTER TABLE "habits" ADD CONSTRAINT "habits_target_complete" CHECK (coalesce(("habits"."target_quantity" is null and "habits"."target_unit" is null and "habits"."target_direction" is null)
        or (("habits"."target_quantity" > 0 or ("habits"."target_quantity" = 0 and "habits"."target_direction" = 'at_most'))
          and "habits"."target_quantity" < 'Infinity'::float8 and "habits"."target_unit" is not null
          and "habits"."target_direction" in ('at_least', 'at_most')), false));