-- Keeps events.checkin_count in step with check-ins inside the same statement that writes them,
-- so a check-in stays one D1 round trip and attendance counts never scan the check-ins table.
CREATE TRIGGER `checkins_count_insert` AFTER INSERT ON `checkins`
BEGIN
  UPDATE `events` SET `checkin_count` = `checkin_count` + 1 WHERE `id` = NEW.`event_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `checkins_count_delete` AFTER DELETE ON `checkins`
BEGIN
  UPDATE `events` SET `checkin_count` = `checkin_count` - 1 WHERE `id` = OLD.`event_id`;
END;
