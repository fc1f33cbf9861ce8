-- A habit summary (habit_summaries) folds what happened before its cut day; these triggers drop it
-- the moment that can have changed, so a stale one is never read. Statement-level with transition
-- tables: a bulk write (an import, COPY) costs one delete, a single log one indexed delete.
CREATE FUNCTION habit_summaries_drop_for_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM habit_summaries s USING (SELECT habit_id, min(local_date) AS day FROM old_rows GROUP BY habit_id) o
      WHERE s.habit_id = o.habit_id AND s.cut > o.day;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    DELETE FROM habit_summaries s USING (SELECT habit_id, min(local_date) AS day FROM new_rows GROUP BY habit_id) n
      WHERE s.habit_id = n.habit_id AND s.cut > n.day;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER entries_insert_drops_habit_summaries AFTER INSERT ON entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION habit_summaries_drop_for_entries();
--> statement-breakpoint
CREATE TRIGGER entries_update_drops_habit_summaries AFTER UPDATE ON entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION habit_summaries_drop_for_entries();
--> statement-breakpoint
CREATE TRIGGER entries_delete_drops_habit_summaries AFTER DELETE ON entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION habit_summaries_drop_for_entries();
--> statement-breakpoint
-- A pause of one habit, or of all of its owner's habits (habit_id null), starting before the cut.
CREATE FUNCTION habit_summaries_drop_for_pauses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM habit_summaries s USING habits h, old_rows p
      WHERE s.habit_id = h.id AND h.user_id = p.user_id AND (p.habit_id IS NULL OR p.habit_id = h.id) AND s.cut > p.start_date;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    DELETE FROM habit_summaries s USING habits h, new_rows p
      WHERE s.habit_id = h.id AND h.user_id = p.user_id AND (p.habit_id IS NULL OR p.habit_id = h.id) AND s.cut > p.start_date;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER pauses_insert_drops_habit_summaries AFTER INSERT ON pauses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION habit_summaries_drop_for_pauses();
--> statement-breakpoint
CREATE TRIGGER pauses_update_drops_habit_summaries AFTER UPDATE ON pauses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION habit_summaries_drop_for_pauses();
--> statement-breakpoint
CREATE TRIGGER pauses_delete_drops_habit_summaries AFTER DELETE ON pauses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION habit_summaries_drop_for_pauses();
--> statement-breakpoint
-- The habit's rules or owner (whose pauses apply) changed.
CREATE FUNCTION habit_summaries_drop_for_habit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM habit_summaries WHERE habit_id = OLD.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER habits_rules_drop_habit_summaries
  AFTER UPDATE OF user_id, kind, frequency_kind, frequency_days, frequency_times, frequency_every_n,
    target_quantity, target_direction, start_date ON habits
  FOR EACH ROW
  WHEN ((OLD.user_id, OLD.kind, OLD.frequency_kind, OLD.frequency_days, OLD.frequency_times, OLD.frequency_every_n,
    OLD.target_quantity, OLD.target_direction, OLD.start_date)
    IS DISTINCT FROM (NEW.user_id, NEW.kind, NEW.frequency_kind, NEW.frequency_days, NEW.frequency_times,
    NEW.frequency_every_n, NEW.target_quantity, NEW.target_direction, NEW.start_date))
  EXECUTE FUNCTION habit_summaries_drop_for_habit();
