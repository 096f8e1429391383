CREATE TABLE `login_tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`secret_hash` text NOT NULL,
	`address_key` text NOT NULL,
	`device` text NOT NULL,
	`area` text,
	`state` text NOT NULL,
	`user_id` text,
	`session_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `login_tickets_address` ON `login_tickets` (`address_key`,`created_at`);--> statement-breakpoint
CREATE INDEX `login_tickets_expiry` ON `login_tickets` (`expires_at`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `device` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `area` text;