CREATE TABLE `branch_month_feedback_states` (
	`branch_id` text NOT NULL,
	`month` text NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`branch_id`, `month`, `category`, `status`)
);
--> statement-breakpoint
-- Hand-written: each branch's feedback by China-time month received, category and status, kept as
-- feedback is submitted, moves through its states or is deleted; only what the branch handles
-- (routed_to = 'branch'). Then filled in from the rows there.
CREATE TRIGGER `feedback_states_insert` AFTER INSERT ON `feedback` WHEN NEW.`routed_to` = 'branch'
BEGIN
  INSERT INTO `branch_month_feedback_states` (`branch_id`, `month`, `category`, `status`, `count`)
    VALUES (NEW.`branch_id`, strftime('%Y-%m', (NEW.`created_at` + 28800000) / 1000, 'unixepoch'), NEW.`category`, NEW.`status`, 1)
    ON CONFLICT (`branch_id`, `month`, `category`, `status`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `feedback_states_update` AFTER UPDATE OF `status`, `category`, `routed_to`, `created_at`, `branch_id` ON `feedback`
WHEN NEW.`status` <> OLD.`status` OR NEW.`category` <> OLD.`category` OR NEW.`routed_to` <> OLD.`routed_to` OR NEW.`created_at` <> OLD.`created_at` OR NEW.`branch_id` <> OLD.`branch_id`
BEGIN
  UPDATE `branch_month_feedback_states` SET `count` = `count` - 1
    WHERE OLD.`routed_to` = 'branch' AND `branch_id` = OLD.`branch_id` AND `month` = strftime('%Y-%m', (OLD.`created_at` + 28800000) / 1000, 'unixepoch')
      AND `category` = OLD.`category` AND `status` = OLD.`status`;
  INSERT INTO `branch_month_feedback_states` (`branch_id`, `month`, `category`, `status`, `count`)
    SELECT NEW.`branch_id`, strftime('%Y-%m', (NEW.`created_at` + 28800000) / 1000, 'unixepoch'), NEW.`category`, NEW.`status`, 1 WHERE NEW.`routed_to` = 'branch'
    ON CONFLICT (`branch_id`, `month`, `category`, `status`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `feedback_states_delete` AFTER DELETE ON `feedback` WHEN OLD.`routed_to` = 'branch'
BEGIN
  UPDATE `branch_month_feedback_states` SET `count` = `count` - 1
    WHERE `branch_id` = OLD.`branch_id` AND `month` = strftime('%Y-%m', (OLD.`created_at` + 28800000) / 1000, 'unixepoch')
      AND `category` = OLD.`category` AND `status` = OLD.`status`;
END;
--> statement-breakpoint
INSERT INTO `branch_month_feedback_states` (`branch_id`, `month`, `category`, `status`, `count`)
  SELECT `branch_id`, strftime('%Y-%m', (`created_at` + 28800000) / 1000, 'unixepoch'), `category`, `status`, count(*)
  FROM `feedback` WHERE `routed_to` = 'branch' GROUP BY 1, 2, 3, 4;
