CREATE TABLE `member_month_attendance` (
	`branch_id` text NOT NULL,
	`user_id` text NOT NULL,
	`month` text NOT NULL,
	`attended` integer DEFAULT 0 NOT NULL,
	`on_leave` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`branch_id`, `month`, `user_id`)
);
--> statement-breakpoint
ALTER TABLE `events` ADD `late_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `offline_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `roster_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `makeup_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `pending_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `leave_count` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- Hand-written: the counters of every event and every member's month, kept by triggers on
-- check-ins and leaves, replacing the check-in count's three triggers (0009); then filled in from
-- the rows already there.
DROP TRIGGER `checkins_count_insert`;
--> statement-breakpoint
DROP TRIGGER `checkins_count_delete`;
--> statement-breakpoint
DROP TRIGGER `checkins_count_review`;
--> statement-breakpoint
CREATE TRIGGER `checkins_counts_insert` AFTER INSERT ON `checkins`
BEGIN
  UPDATE `events` SET
    `checkin_count` = `checkin_count` + (NEW.`status` = 'confirmed'),
    `late_count` = `late_count` + (NEW.`status` = 'confirmed' AND NEW.`late` = 1),
    `offline_count` = `offline_count` + (NEW.`status` = 'confirmed' AND NEW.`offline` = 1),
    `roster_count` = `roster_count` + (NEW.`status` = 'confirmed' AND NEW.`method` IN ('roster', 'personal_code')),
    `makeup_count` = `makeup_count` + (NEW.`status` = 'confirmed' AND NEW.`method` = 'makeup'),
    `pending_count` = `pending_count` + (NEW.`status` = 'pending')
  WHERE `id` = NEW.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`)
    SELECT e.`branch_id`, NEW.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), 1 FROM `events` e WHERE e.`id` = NEW.`event_id` AND NEW.`status` = 'confirmed'
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `attended` = `attended` + excluded.`attended`;
END;
--> statement-breakpoint
CREATE TRIGGER `checkins_counts_delete` AFTER DELETE ON `checkins`
BEGIN
  UPDATE `events` SET
    `checkin_count` = `checkin_count` - (OLD.`status` = 'confirmed'),
    `late_count` = `late_count` - (OLD.`status` = 'confirmed' AND OLD.`late` = 1),
    `offline_count` = `offline_count` - (OLD.`status` = 'confirmed' AND OLD.`offline` = 1),
    `roster_count` = `roster_count` - (OLD.`status` = 'confirmed' AND OLD.`method` IN ('roster', 'personal_code')),
    `makeup_count` = `makeup_count` - (OLD.`status` = 'confirmed' AND OLD.`method` = 'makeup'),
    `pending_count` = `pending_count` - (OLD.`status` = 'pending')
  WHERE `id` = OLD.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`)
    SELECT e.`branch_id`, OLD.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), -1 FROM `events` e WHERE e.`id` = OLD.`event_id` AND OLD.`status` = 'confirmed'
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `attended` = `attended` + excluded.`attended`;
END;
--> statement-breakpoint
CREATE TRIGGER `checkins_counts_update` AFTER UPDATE ON `checkins`
BEGIN
  UPDATE `events` SET
    `checkin_count` = `checkin_count` + (NEW.`status` = 'confirmed') - (OLD.`status` = 'confirmed'),
    `late_count` = `late_count` + (NEW.`status` = 'confirmed' AND NEW.`late` = 1) - (OLD.`status` = 'confirmed' AND OLD.`late` = 1),
    `offline_count` = `offline_count` + (NEW.`status` = 'confirmed' AND NEW.`offline` = 1) - (OLD.`status` = 'confirmed' AND OLD.`offline` = 1),
    `roster_count` = `roster_count` + (NEW.`status` = 'confirmed' AND NEW.`method` IN ('roster', 'personal_code')) - (OLD.`status` = 'confirmed' AND OLD.`method` IN ('roster', 'personal_code')),
    `makeup_count` = `makeup_count` + (NEW.`status` = 'confirmed' AND NEW.`method` = 'makeup') - (OLD.`status` = 'confirmed' AND OLD.`method` = 'makeup'),
    `pending_count` = `pending_count` + (NEW.`status` = 'pending') - (OLD.`status` = 'pending')
  WHERE `id` = NEW.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`)
    SELECT e.`branch_id`, NEW.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), (NEW.`status` = 'confirmed') - (OLD.`status` = 'confirmed') FROM `events` e WHERE e.`id` = NEW.`event_id` AND (NEW.`status` = 'confirmed') <> (OLD.`status` = 'confirmed')
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `attended` = `attended` + excluded.`attended`;
END;
--> statement-breakpoint
CREATE TRIGGER `leaves_counts_insert` AFTER INSERT ON `leaves` WHEN NEW.`status` = 'approved'
BEGIN
  UPDATE `events` SET `leave_count` = `leave_count` + 1 WHERE `id` = NEW.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `on_leave`)
    SELECT e.`branch_id`, NEW.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), 1 FROM `events` e WHERE e.`id` = NEW.`event_id` AND 1
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `on_leave` = `on_leave` + excluded.`on_leave`;
END;
--> statement-breakpoint
CREATE TRIGGER `leaves_counts_delete` AFTER DELETE ON `leaves` WHEN OLD.`status` = 'approved'
BEGIN
  UPDATE `events` SET `leave_count` = `leave_count` - 1 WHERE `id` = OLD.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `on_leave`)
    SELECT e.`branch_id`, OLD.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), -1 FROM `events` e WHERE e.`id` = OLD.`event_id` AND 1
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `on_leave` = `on_leave` + excluded.`on_leave`;
END;
--> statement-breakpoint
CREATE TRIGGER `leaves_counts_update` AFTER UPDATE OF `status` ON `leaves` WHEN (NEW.`status` = 'approved') <> (OLD.`status` = 'approved')
BEGIN
  UPDATE `events` SET `leave_count` = `leave_count` + CASE WHEN NEW.`status` = 'approved' THEN 1 ELSE -1 END WHERE `id` = NEW.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `on_leave`)
    SELECT e.`branch_id`, NEW.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), CASE WHEN NEW.`status` = 'approved' THEN 1 ELSE -1 END FROM `events` e WHERE e.`id` = NEW.`event_id` AND 1
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `on_leave` = `on_leave` + excluded.`on_leave`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_month_moved` AFTER UPDATE OF `starts_at` ON `events` WHEN strftime('%Y-%m', (NEW.`starts_at` + 28800000) / 1000, 'unixepoch') <> strftime('%Y-%m', (OLD.`starts_at` + 28800000) / 1000, 'unixepoch')
BEGIN
  UPDATE `member_month_attendance` SET
    `attended` = `attended` - (SELECT count(*) FROM `checkins` x WHERE x.`event_id` = NEW.`id` AND x.`user_id` = `member_month_attendance`.`user_id` AND x.`status` = 'confirmed'),
    `on_leave` = `on_leave` - (SELECT count(*) FROM `leaves` l WHERE l.`event_id` = NEW.`id` AND l.`user_id` = `member_month_attendance`.`user_id` AND l.`status` = 'approved')
  WHERE `branch_id` = NEW.`branch_id` AND `month` = strftime('%Y-%m', (OLD.`starts_at` + 28800000) / 1000, 'unixepoch');
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`, `on_leave`)
    SELECT NEW.`branch_id`, user_id, strftime('%Y-%m', (NEW.`starts_at` + 28800000) / 1000, 'unixepoch'), sum(attended), sum(on_leave) FROM (
      SELECT x.`user_id` AS user_id, 1 AS attended, 0 AS on_leave FROM `checkins` x WHERE x.`event_id` = NEW.`id` AND x.`status` = 'confirmed'
      UNION ALL
      SELECT l.`user_id`, 0, 1 FROM `leaves` l WHERE l.`event_id` = NEW.`id` AND l.`status` = 'approved'
    ) WHERE 1 GROUP BY user_id
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `attended` = `attended` + excluded.`attended`, `on_leave` = `on_leave` + excluded.`on_leave`;
END;
--> statement-breakpoint
UPDATE `events` SET `checkin_count` = (SELECT count(*) FROM `checkins` x WHERE x.`event_id` = `events`.`id` AND (x.`status` = 'confirmed')), `late_count` = (SELECT count(*) FROM `checkins` x WHERE x.`event_id` = `events`.`id` AND (x.`status` = 'confirmed' AND x.`late` = 1)), `offline_count` = (SELECT count(*) FROM `checkins` x WHERE x.`event_id` = `events`.`id` AND (x.`status` = 'confirmed' AND x.`offline` = 1)), `roster_count` = (SELECT count(*) FROM `checkins` x WHERE x.`event_id` = `events`.`id` AND (x.`status` = 'confirmed' AND x.`method` IN ('roster', 'personal_code'))), `makeup_count` = (SELECT count(*) FROM `checkins` x WHERE x.`event_id` = `events`.`id` AND (x.`status` = 'confirmed' AND x.`method` = 'makeup')), `pending_count` = (SELECT count(*) FROM `checkins` x WHERE x.`event_id` = `events`.`id` AND (x.`status` = 'pending')), `leave_count` = (SELECT count(*) FROM `leaves` l WHERE l.`event_id` = `events`.`id` AND l.`status` = 'approved');
--> statement-breakpoint
INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`, `on_leave`)
  SELECT branch_id, user_id, month, sum(attended), sum(on_leave) FROM (
    SELECT e.`branch_id` AS branch_id, x.`user_id` AS user_id, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch') AS month, 1 AS attended, 0 AS on_leave
      FROM `checkins` x JOIN `events` e ON e.`id` = x.`event_id` WHERE x.`status` = 'confirmed'
    UNION ALL
    SELECT e.`branch_id`, l.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), 0, 1
      FROM `leaves` l JOIN `events` e ON e.`id` = l.`event_id` WHERE l.`status` = 'approved'
  ) GROUP BY branch_id, user_id, month;
