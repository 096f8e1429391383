CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `signin_event_failures` (
	`event_id` text NOT NULL,
	`minute` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`event_id`, `minute`)
);
--> statement-breakpoint
ALTER TABLE `checkins` ADD `status` text DEFAULT 'confirmed' NOT NULL;--> statement-breakpoint
ALTER TABLE `checkins` ADD `reviewed_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `checkins` ADD `reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `checkins` ADD `review_note` text;--> statement-breakpoint
ALTER TABLE `events` ADD `offline_grace_minutes` integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `offline_auto_accept` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `contests` ADD `keep_pool_private` integer DEFAULT true NOT NULL;--> statement-breakpoint
-- events.checkin_count counts confirmed check-ins only: an offline claim counts once an organizer confirms it.
DROP TRIGGER `checkins_count_insert`;--> statement-breakpoint
DROP TRIGGER `checkins_count_delete`;--> statement-breakpoint
CREATE TRIGGER `checkins_count_insert` AFTER INSERT ON `checkins` WHEN NEW.`status` = 'confirmed'
BEGIN
  UPDATE `events` SET `checkin_count` = `checkin_count` + 1 WHERE `id` = NEW.`event_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `checkins_count_delete` AFTER DELETE ON `checkins` WHEN OLD.`status` = 'confirmed'
BEGIN
  UPDATE `events` SET `checkin_count` = `checkin_count` - 1 WHERE `id` = OLD.`event_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `checkins_count_review` AFTER UPDATE OF `status` ON `checkins` WHEN (OLD.`status` = 'confirmed') <> (NEW.`status` = 'confirmed')
BEGIN
  UPDATE `events` SET `checkin_count` = `checkin_count` + CASE WHEN NEW.`status` = 'confirmed' THEN 1 ELSE -1 END WHERE `id` = NEW.`event_id`;
END;
