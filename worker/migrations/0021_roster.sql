CREATE TABLE `roster_claims` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`branch_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_by` text,
	`used_at` integer,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`used_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `roster_claims_user` ON `roster_claims` (`user_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `roster_only` integer DEFAULT false NOT NULL;
--> statement-breakpoint
-- Hand-written: a sign-in from a WeChat 接龙 list (method `jielong`) counts as a roster sign-in (代签),
-- like `roster` and `personal_code`: the three check-in counter triggers of 0015, with that method added.
DROP TRIGGER `checkins_counts_insert`;
--> statement-breakpoint
CREATE TRIGGER `checkins_counts_insert` AFTER INSERT ON `checkins`
BEGIN
  UPDATE `events` SET
    `checkin_count` = `checkin_count` + (NEW.`status` = 'confirmed'),
    `late_count` = `late_count` + (NEW.`status` = 'confirmed' AND NEW.`late` = 1),
    `offline_count` = `offline_count` + (NEW.`status` = 'confirmed' AND NEW.`offline` = 1),
    `roster_count` = `roster_count` + (NEW.`status` = 'confirmed' AND NEW.`method` IN ('roster', 'personal_code', 'jielong')),
    `makeup_count` = `makeup_count` + (NEW.`status` = 'confirmed' AND NEW.`method` = 'makeup'),
    `pending_count` = `pending_count` + (NEW.`status` = 'pending')
  WHERE `id` = NEW.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`)
    SELECT e.`branch_id`, NEW.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), 1 FROM `events` e WHERE e.`id` = NEW.`event_id` AND NEW.`status` = 'confirmed'
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `attended` = `attended` + excluded.`attended`;
END;
--> statement-breakpoint
DROP TRIGGER `checkins_counts_delete`;
--> statement-breakpoint
CREATE TRIGGER `checkins_counts_delete` AFTER DELETE ON `checkins`
BEGIN
  UPDATE `events` SET
    `checkin_count` = `checkin_count` - (OLD.`status` = 'confirmed'),
    `late_count` = `late_count` - (OLD.`status` = 'confirmed' AND OLD.`late` = 1),
    `offline_count` = `offline_count` - (OLD.`status` = 'confirmed' AND OLD.`offline` = 1),
    `roster_count` = `roster_count` - (OLD.`status` = 'confirmed' AND OLD.`method` IN ('roster', 'personal_code', 'jielong')),
    `makeup_count` = `makeup_count` - (OLD.`status` = 'confirmed' AND OLD.`method` = 'makeup'),
    `pending_count` = `pending_count` - (OLD.`status` = 'pending')
  WHERE `id` = OLD.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`)
    SELECT e.`branch_id`, OLD.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), -1 FROM `events` e WHERE e.`id` = OLD.`event_id` AND OLD.`status` = 'confirmed'
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `attended` = `attended` + excluded.`attended`;
END;
--> statement-breakpoint
DROP TRIGGER `checkins_counts_update`;
--> statement-breakpoint
CREATE TRIGGER `checkins_counts_update` AFTER UPDATE ON `checkins`
BEGIN
  UPDATE `events` SET
    `checkin_count` = `checkin_count` + (NEW.`status` = 'confirmed') - (OLD.`status` = 'confirmed'),
    `late_count` = `late_count` + (NEW.`status` = 'confirmed' AND NEW.`late` = 1) - (OLD.`status` = 'confirmed' AND OLD.`late` = 1),
    `offline_count` = `offline_count` + (NEW.`status` = 'confirmed' AND NEW.`offline` = 1) - (OLD.`status` = 'confirmed' AND OLD.`offline` = 1),
    `roster_count` = `roster_count` + (NEW.`status` = 'confirmed' AND NEW.`method` IN ('roster', 'personal_code', 'jielong')) - (OLD.`status` = 'confirmed' AND OLD.`method` IN ('roster', 'personal_code', 'jielong')),
    `makeup_count` = `makeup_count` + (NEW.`status` = 'confirmed' AND NEW.`method` = 'makeup') - (OLD.`status` = 'confirmed' AND OLD.`method` = 'makeup'),
    `pending_count` = `pending_count` + (NEW.`status` = 'pending') - (OLD.`status` = 'pending')
  WHERE `id` = NEW.`event_id`;
  INSERT INTO `member_month_attendance` (`branch_id`, `user_id`, `month`, `attended`)
    SELECT e.`branch_id`, NEW.`user_id`, strftime('%Y-%m', (e.`starts_at` + 28800000) / 1000, 'unixepoch'), (NEW.`status` = 'confirmed') - (OLD.`status` = 'confirmed') FROM `events` e WHERE e.`id` = NEW.`event_id` AND (NEW.`status` = 'confirmed') <> (OLD.`status` = 'confirmed')
    ON CONFLICT (`branch_id`, `month`, `user_id`) DO UPDATE SET `attended` = `attended` + excluded.`attended`;
END;
