ALTER TABLE "habits" DROP CONSTRAINT "habits_frequency_params";--> statement-breakpoint
ALTER TABLE "habits" DROP CONSTRAINT "habits_target_complete";--> statement-breakpoint
ALTER TABLE "habits" ADD CONSTRAINT "habits_frequency_params" CHECK (coalesce(case "habits"."frequency_kind"
        when 'daily' then "habits"."frequency_days" is null and "habits"."frequency_times" is null and "habits"."frequency_every_n" is null
        when 'weekdays' then "habits"."frequency_days" is not null and cardinality("habits"."frequency_days") between 1 and 7
          and "habits"."frequency_days" <@ '{1,2,3,4,5,6,7}'::smallint[] and array_position("habits"."frequency_days", null) is null
          and "habits"."frequency_times" is null and "habits"."frequency_every_n" is null
        when 'per_week' then "habits"."frequency_times" between 1 and 7 and "habits"."frequency_days" is null and "habits"."frequency_every_n" is null
        when 'per_month' then "habits"."frequency_times" between 1 and 31 and "habits"."frequency_days" is null and "habits"."frequency_every_n" is null
        when 'every_n_days' then "habits"."frequency_every_n" between 1 and 366 and "habits"."frequency_days" is null and "habits"."frequency_times" is null
        else false end, false));--> statement-breakpoint
ALTER TABLE "habits" ADD CONSTRAINT "habits_target_complete" CHECK (coalesce(("habits"."target_quantity" is null and "habits"."target_unit" is null and "habits"."target_direction" is null)
        or ("habits"."target_quantity" > 0 and "habits"."target_quantity" < 'Infinity'::float8 and "habits"."target_unit" is not null
          and "habits"."target_direction" in ('at_least', 'at_most')), false));