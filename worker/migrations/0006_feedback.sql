CREATE TABLE `feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`branch_id` text NOT NULL,
	`category` text NOT NULL,
	`text` text NOT NULL,
	`place` text,
	`anonymous` integer NOT NULL,
	`user_id` text,
	`receipt_hash` text,
	`status` text NOT NULL,
	`accept_due_at` integer NOT NULL,
	`resolve_due_at` integer NOT NULL,
	`overdue` integer DEFAULT false NOT NULL,
	`closed_at` integer,
	`rating` integer,
	`rating_comment` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feedback_branch` ON `feedback` (`branch_id`,`status`);--> statement-breakpoint
CREATE INDEX `feedback_user` ON `feedback` (`user_id`);--> statement-breakpoint
CREATE INDEX `feedback_receipt` ON `feedback` (`receipt_hash`);--> statement-breakpoint
CREATE INDEX `feedback_open_due` ON `feedback` (`status`,`overdue`);--> statement-breakpoint
CREATE TABLE `feedback_events` (
	`id` text PRIMARY KEY NOT NULL,
	`feedback_id` text NOT NULL,
	`kind` text NOT NULL,
	`actor` text NOT NULL,
	`organizer_id` text,
	`note` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feedback_events_feedback` ON `feedback_events` (`feedback_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `feedback_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`feedback_id` text NOT NULL,
	`object_key` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `feedback_photos_feedback` ON `feedback_photos` (`feedback_id`);--> statement-breakpoint
CREATE TABLE `feedback_rate` (
	`key` text NOT NULL,
	`day` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`key`, `day`)
);
--> statement-breakpoint
ALTER TABLE `branches` ADD `feedback_accept_days` integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE `branches` ADD `feedback_resolve_days` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `branches` ADD `feedback_follow_up_days` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `memberships` ADD `is_discipline` integer DEFAULT false NOT NULL;