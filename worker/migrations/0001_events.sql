CREATE TABLE `checkins` (
	`event_id` text NOT NULL,
	`user_id` text NOT NULL,
	`method` text NOT NULL,
	`checked_in_at` integer NOT NULL,
	`late` integer NOT NULL,
	`offline` integer NOT NULL,
	`recorded_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`event_id`, `user_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checkins_user` ON `checkins` (`user_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`branch_id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`place_name` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`signin_opens_at` integer NOT NULL,
	`signin_closes_at` integer NOT NULL,
	`late_after_minutes` integer NOT NULL,
	`audience` text NOT NULL,
	`geo_lat` real,
	`geo_lng` real,
	`geo_radius_m` integer,
	`status` text NOT NULL,
	`checkin_count` integer DEFAULT 0 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`branch_id`) REFERENCES `branches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_branch_start` ON `events` (`branch_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `signin_failures` (
	`user_id` text NOT NULL,
	`event_id` text NOT NULL,
	`minute` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`user_id`, `event_id`, `minute`)
);
