CREATE TABLE `region_discipline_contacts` (
	`region_id` text NOT NULL,
	`user_id` text NOT NULL,
	`appointed_by` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`region_id`, `user_id`),
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`appointed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `region_discipline_contacts_user` ON `region_discipline_contacts` (`user_id`);--> statement-breakpoint
ALTER TABLE `feedback` ADD `routed_to` text DEFAULT 'branch' NOT NULL;--> statement-breakpoint
CREATE INDEX `feedback_routed_region` ON `feedback` (`routed_to`,`branch_id`);