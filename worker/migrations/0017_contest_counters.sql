CREATE TABLE `contest_branch_stats` (
	`contest_id` text NOT NULL,
	`branch_id` text NOT NULL,
	`participants` integer DEFAULT 0 NOT NULL,
	`score_sum` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`branch_id`, `contest_id`)
);
--> statement-breakpoint
-- Hand-written: kept by triggers on the entries (one per person and contest; its branch may change
-- when the entry is rewritten), then filled in from the entries already there.
CREATE TRIGGER `contest_entries_stats_insert` AFTER INSERT ON `contest_entries`
BEGIN
  INSERT INTO `contest_branch_stats` (`contest_id`, `branch_id`, `participants`, `score_sum`) VALUES (NEW.`contest_id`, NEW.`branch_id`, 1, NEW.`score`)
    ON CONFLICT (`branch_id`, `contest_id`) DO UPDATE SET `participants` = `participants` + 1, `score_sum` = `score_sum` + excluded.`score_sum`;
END;
--> statement-breakpoint
CREATE TRIGGER `contest_entries_stats_delete` AFTER DELETE ON `contest_entries`
BEGIN
  UPDATE `contest_branch_stats` SET `participants` = `participants` - 1, `score_sum` = `score_sum` - OLD.`score`
    WHERE `branch_id` = OLD.`branch_id` AND `contest_id` = OLD.`contest_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `contest_entries_stats_update` AFTER UPDATE ON `contest_entries`
BEGIN
  UPDATE `contest_branch_stats` SET `participants` = `participants` - 1, `score_sum` = `score_sum` - OLD.`score`
    WHERE `branch_id` = OLD.`branch_id` AND `contest_id` = OLD.`contest_id`;
  INSERT INTO `contest_branch_stats` (`contest_id`, `branch_id`, `participants`, `score_sum`) VALUES (NEW.`contest_id`, NEW.`branch_id`, 1, NEW.`score`)
    ON CONFLICT (`branch_id`, `contest_id`) DO UPDATE SET `participants` = `participants` + 1, `score_sum` = `score_sum` + excluded.`score_sum`;
END;
--> statement-breakpoint
INSERT INTO `contest_branch_stats` (`contest_id`, `branch_id`, `participants`, `score_sum`)
  SELECT `contest_id`, `branch_id`, count(*), sum(`score`) FROM `contest_entries` GROUP BY `contest_id`, `branch_id`;
