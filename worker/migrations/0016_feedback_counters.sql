CREATE TABLE `branch_month_feedback` (
	`branch_id` text NOT NULL,
	`month` text NOT NULL,
	`received` integer DEFAULT 0 NOT NULL,
	`resolved` integer DEFAULT 0 NOT NULL,
	`resolved_in_time` integer DEFAULT 0 NOT NULL,
	`rated` integer DEFAULT 0 NOT NULL,
	`satisfied` integer DEFAULT 0 NOT NULL,
	`overdue_open` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`branch_id`, `month`)
);
--> statement-breakpoint
-- Hand-written: the counters kept by triggers on feedback (satisfied: rated 4 满意 or 5 非常满意, see
-- RATING_LABELS), only for feedback the branch handles (routed_to = 'branch'); then filled in from the rows there.
CREATE TRIGGER `feedback_counts_insert` AFTER INSERT ON `feedback` WHEN NEW.`routed_to` = 'branch'
BEGIN
  INSERT INTO `branch_month_feedback` (`branch_id`, `month`, `received`, `resolved`, `resolved_in_time`, `rated`, `satisfied`, `overdue_open`)
    VALUES (NEW.`branch_id`, strftime('%Y-%m', (NEW.`created_at` + 28800000) / 1000, 'unixepoch'), 1, (NEW.`status` = 'resolved'), (NEW.`status` = 'resolved' AND coalesce(NEW.`closed_at` <= NEW.`resolve_due_at`, 0)), (NEW.`rating` IS NOT NULL), (coalesce(NEW.`rating`, 0) >= 4), (NEW.`overdue` = 1 AND NEW.`status` NOT IN ('resolved', 'declined')))
    ON CONFLICT (`branch_id`, `month`) DO UPDATE SET `received` = `received` + excluded.`received`, `resolved` = `resolved` + excluded.`resolved`, `resolved_in_time` = `resolved_in_time` + excluded.`resolved_in_time`, `rated` = `rated` + excluded.`rated`, `satisfied` = `satisfied` + excluded.`satisfied`, `overdue_open` = `overdue_open` + excluded.`overdue_open`;
END;
--> statement-breakpoint
CREATE TRIGGER `feedback_counts_update` AFTER UPDATE ON `feedback` WHEN NEW.`routed_to` = 'branch'
BEGIN
  INSERT INTO `branch_month_feedback` (`branch_id`, `month`, `received`, `resolved`, `resolved_in_time`, `rated`, `satisfied`, `overdue_open`)
    VALUES (NEW.`branch_id`, strftime('%Y-%m', (NEW.`created_at` + 28800000) / 1000, 'unixepoch'), 0, (NEW.`status` = 'resolved') - (OLD.`status` = 'resolved'), (NEW.`status` = 'resolved' AND coalesce(NEW.`closed_at` <= NEW.`resolve_due_at`, 0)) - (OLD.`status` = 'resolved' AND coalesce(OLD.`closed_at` <= OLD.`resolve_due_at`, 0)), (NEW.`rating` IS NOT NULL) - (OLD.`rating` IS NOT NULL), (coalesce(NEW.`rating`, 0) >= 4) - (coalesce(OLD.`rating`, 0) >= 4), (NEW.`overdue` = 1 AND NEW.`status` NOT IN ('resolved', 'declined')) - (OLD.`overdue` = 1 AND OLD.`status` NOT IN ('resolved', 'declined')))
    ON CONFLICT (`branch_id`, `month`) DO UPDATE SET `received` = `received` + excluded.`received`, `resolved` = `resolved` + excluded.`resolved`, `resolved_in_time` = `resolved_in_time` + excluded.`resolved_in_time`, `rated` = `rated` + excluded.`rated`, `satisfied` = `satisfied` + excluded.`satisfied`, `overdue_open` = `overdue_open` + excluded.`overdue_open`;
END;
--> statement-breakpoint
CREATE TRIGGER `feedback_counts_delete` AFTER DELETE ON `feedback` WHEN OLD.`routed_to` = 'branch'
BEGIN
  INSERT INTO `branch_month_feedback` (`branch_id`, `month`, `received`, `resolved`, `resolved_in_time`, `rated`, `satisfied`, `overdue_open`)
    VALUES (OLD.`branch_id`, strftime('%Y-%m', (OLD.`created_at` + 28800000) / 1000, 'unixepoch'), -1, -(OLD.`status` = 'resolved'), -(OLD.`status` = 'resolved' AND coalesce(OLD.`closed_at` <= OLD.`resolve_due_at`, 0)), -(OLD.`rating` IS NOT NULL), -(coalesce(OLD.`rating`, 0) >= 4), -(OLD.`overdue` = 1 AND OLD.`status` NOT IN ('resolved', 'declined')))
    ON CONFLICT (`branch_id`, `month`) DO UPDATE SET `received` = `received` + excluded.`received`, `resolved` = `resolved` + excluded.`resolved`, `resolved_in_time` = `resolved_in_time` + excluded.`resolved_in_time`, `rated` = `rated` + excluded.`rated`, `satisfied` = `satisfied` + excluded.`satisfied`, `overdue_open` = `overdue_open` + excluded.`overdue_open`;
END;
--> statement-breakpoint
INSERT INTO `branch_month_feedback` (`branch_id`, `month`, `received`, `resolved`, `resolved_in_time`, `rated`, `satisfied`, `overdue_open`)
  SELECT f.`branch_id`, strftime('%Y-%m', (f.`created_at` + 28800000) / 1000, 'unixepoch'), sum(1), sum((f.`status` = 'resolved')), sum((f.`status` = 'resolved' AND coalesce(f.`closed_at` <= f.`resolve_due_at`, 0))), sum((f.`rating` IS NOT NULL)), sum((coalesce(f.`rating`, 0) >= 4)), sum((f.`overdue` = 1 AND f.`status` NOT IN ('resolved', 'declined'))) FROM `feedback` f WHERE f.`routed_to` = 'branch' GROUP BY f.`branch_id`, strftime('%Y-%m', (f.`created_at` + 28800000) / 1000, 'unixepoch');
