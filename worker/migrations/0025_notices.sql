CREATE TABLE `cron_marks` (
	`job` text PRIMARY KEY NOT NULL,
	`last_key` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_watchers` (
	`event_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`told_starts_at` integer NOT NULL,
	`told_cancelled` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`event_id`, `user_id`)
);
--> statement-breakpoint
CREATE INDEX `event_watchers_user` ON `event_watchers` (`user_id`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`link` text NOT NULL,
	`ref_key` text NOT NULL,
	`event_starts_at` integer,
	`created_at` integer NOT NULL,
	`read_at` integer,
	`send_state` text,
	`send_due_at` integer,
	`send_attempts` integer DEFAULT 0 NOT NULL,
	`send_error` text,
	`sent_at` integer,
	`wechat_data` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_user_ref` ON `notices` (`user_id`,`ref_key`);--> statement-breakpoint
CREATE INDEX `notices_user_created` ON `notices` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notices_unread` ON `notices` (`user_id`) WHERE read_at IS NULL;--> statement-breakpoint
CREATE INDEX `notices_created` ON `notices` (`created_at`);--> statement-breakpoint
CREATE INDEX `notices_to_send` ON `notices` (`send_due_at`) WHERE send_state = 'pending';--> statement-breakpoint
CREATE INDEX `notices_sending` ON `notices` (`send_due_at`) WHERE send_state = 'sending';--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`user_id` text NOT NULL,
	`template` text NOT NULL,
	`credits` integer DEFAULT 0 NOT NULL,
	`refused_at` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `template`)
);
--> statement-breakpoint
CREATE TABLE `wechat_tokens` (
	`app_id` text PRIMARY KEY NOT NULL,
	`access_token` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `events` ADD `remind_before_minutes` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `remind_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `reminded_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `watch_dirty` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `events_remind_due` ON `events` (`remind_at`) WHERE reminded_at IS NULL AND status = 'published';--> statement-breakpoint
CREATE INDEX `events_watch_dirty` ON `events` (`id`) WHERE watch_dirty = 1;--> statement-breakpoint
ALTER TABLE `contests` ADD `opening_told` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `contests` ADD `last_day_told` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `contests_to_open` ON `contests` (`opens_at`) WHERE opening_told = 0;--> statement-breakpoint
CREATE INDEX `contests_last_day` ON `contests` (`closes_at`) WHERE last_day_told = 0;--> statement-breakpoint
CREATE INDEX `leaves_pending` ON `leaves` (`event_id`) WHERE status = 'pending';--> statement-breakpoint
-- Existing events: the lead their kind has by default (shared defaultReminderMinutes), and nothing due for those already begun.
UPDATE `events` SET `remind_before_minutes` = CASE
    WHEN `kind` IN ('training', 'safety_forum') THEN 30
    WHEN `kind` IN ('branch_assembly', 'committee_meeting', 'group_meeting', 'party_lecture') THEN 1440
    ELSE 120 END;--> statement-breakpoint
UPDATE `events` SET `remind_at` = `starts_at` - `remind_before_minutes` * 60000,
  `reminded_at` = CASE WHEN `starts_at` - `remind_before_minutes` * 60000 <= unixepoch() * 1000 THEN `updated_at` END;
--> statement-breakpoint
-- Contests already open or closed are not announced again.
UPDATE `contests` SET `opening_told` = (`opens_at` <= unixepoch() * 1000), `last_day_told` = (`closes_at` - 86400000 <= unixepoch() * 1000);
