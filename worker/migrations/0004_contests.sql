CREATE TABLE `attempt_answers` (
	`attempt_id` text NOT NULL,
	`question_id` text NOT NULL,
	`position` integer NOT NULL,
	`answer` text,
	`saved_at` integer,
	`correct` integer,
	`points` integer,
	PRIMARY KEY(`attempt_id`, `question_id`)
);
--> statement-breakpoint
CREATE INDEX `attempt_answers_question` ON `attempt_answers` (`question_id`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`contest_id` text NOT NULL,
	`user_id` text NOT NULL,
	`branch_id` text NOT NULL,
	`work_team` text,
	`items` text NOT NULL,
	`started_at` integer NOT NULL,
	`deadline` integer NOT NULL,
	`submitted_at` integer,
	`score` integer,
	`correct_count` integer,
	`time_used_ms` integer,
	`background_count` integer DEFAULT 0 NOT NULL,
	`fast_answers` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attempts_contest_user` ON `attempts` (`contest_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `attempts_contest_open` ON `attempts` (`contest_id`,`submitted_at`,`deadline`);--> statement-breakpoint
CREATE TABLE `contest_entries` (
	`contest_id` text NOT NULL,
	`user_id` text NOT NULL,
	`branch_id` text NOT NULL,
	`work_team` text,
	`score` integer NOT NULL,
	`time_used_ms` integer NOT NULL,
	`attempt_id` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`contest_id`, `user_id`)
);
--> statement-breakpoint
CREATE INDEX `contest_entries_rank` ON `contest_entries` (`contest_id`,`score`,`time_used_ms`);--> statement-breakpoint
CREATE INDEX `contest_entries_branch` ON `contest_entries` (`contest_id`,`branch_id`);--> statement-breakpoint
CREATE TABLE `contests` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`branch_id` text,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`bank_ids` text NOT NULL,
	`pool` text NOT NULL,
	`points` text NOT NULL,
	`question_count` integer NOT NULL,
	`max_score` integer NOT NULL,
	`time_limit_ms` integer NOT NULL,
	`attempts_allowed` integer NOT NULL,
	`counts` text NOT NULL,
	`shuffle_options` integer NOT NULL,
	`show_answers` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `contests_region` ON `contests` (`region_id`);--> statement-breakpoint
CREATE INDEX `contests_branch` ON `contests` (`branch_id`);--> statement-breakpoint
CREATE TABLE `practice_days` (
	`user_id` text NOT NULL,
	`day` text NOT NULL,
	`question_ids` text NOT NULL,
	`answers` text NOT NULL,
	`correct` integer DEFAULT 0 NOT NULL,
	`streak` integer,
	PRIMARY KEY(`user_id`, `day`)
);
--> statement-breakpoint
CREATE TABLE `question_banks` (
	`id` text PRIMARY KEY NOT NULL,
	`region_id` text NOT NULL,
	`branch_id` text,
	`name` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `question_banks_region` ON `question_banks` (`region_id`);--> statement-breakpoint
CREATE INDEX `question_banks_branch` ON `question_banks` (`branch_id`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` text PRIMARY KEY NOT NULL,
	`bank_id` text NOT NULL,
	`type` text NOT NULL,
	`stem` text NOT NULL,
	`stem_key` text NOT NULL,
	`options` text NOT NULL,
	`answer` text NOT NULL,
	`explanation` text NOT NULL,
	`tags` text NOT NULL,
	`difficulty` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`bank_id`) REFERENCES `question_banks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `questions_bank_status_type` ON `questions` (`bank_id`,`status`,`type`);--> statement-breakpoint
CREATE INDEX `questions_bank_stem` ON `questions` (`bank_id`,`stem_key`);