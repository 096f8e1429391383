-- One word for one thing: attendance at an event is a check-in (签到), logging in is a login.
-- SQLite rewrites the triggers and indexes that name these columns and tables.
ALTER TABLE `events` RENAME COLUMN `signin_opens_at` TO `checkin_opens_at`;--> statement-breakpoint
ALTER TABLE `events` RENAME COLUMN `signin_closes_at` TO `checkin_closes_at`;--> statement-breakpoint
ALTER TABLE `signin_failures` RENAME TO `checkin_failures`;--> statement-breakpoint
ALTER TABLE `signin_event_failures` RENAME TO `checkin_event_failures`;--> statement-breakpoint
DROP INDEX `events_branch_signin_close`;--> statement-breakpoint
CREATE INDEX `events_branch_checkin_close` ON `events` (`branch_id`,`checkin_closes_at`);
