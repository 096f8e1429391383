ALTER TABLE `feedback` ADD `dedupe_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_dedupe` ON `feedback` (`dedupe_key`);