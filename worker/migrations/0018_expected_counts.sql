ALTER TABLE `events` ADD `expected_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `events_branch_signin_close` ON `events` (`branch_id`,`signin_closes_at`);--> statement-breakpoint
CREATE INDEX `memberships_branch_role` ON `memberships` (`branch_id`,`role`);--> statement-breakpoint
-- Hand-written: each event's expected count (its audience, joined at or before sign-in closed: the
-- rule of `expectedPeople` and the branch dashboard), kept as the event and the roster change; then
-- filled in for the events already there.
CREATE TRIGGER `events_expected_insert` AFTER INSERT ON `events`
BEGIN
  UPDATE `events` SET `expected_count` = (SELECT count(*) FROM `memberships` m WHERE m.`branch_id` = NEW.`branch_id`
    AND m.`joined_at` <= NEW.`signin_closes_at` AND (NEW.`audience` = 'everyone' OR m.`role` <> 'masses'))
  WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `events_expected_update` AFTER UPDATE OF `audience`, `signin_closes_at` ON `events`
WHEN NEW.`audience` <> OLD.`audience` OR NEW.`signin_closes_at` <> OLD.`signin_closes_at`
BEGIN
  UPDATE `events` SET `expected_count` = (SELECT count(*) FROM `memberships` m WHERE m.`branch_id` = NEW.`branch_id`
    AND m.`joined_at` <= NEW.`signin_closes_at` AND (NEW.`audience` = 'everyone' OR m.`role` <> 'masses'))
  WHERE `id` = NEW.`id`;
END;
--> statement-breakpoint
-- A person joining counts at the events whose sign-in has not closed yet (the index on (branch, sign-in close) finds them).
CREATE TRIGGER `memberships_expected_insert` AFTER INSERT ON `memberships`
BEGIN
  UPDATE `events` SET `expected_count` = `expected_count` + 1
  WHERE `branch_id` = NEW.`branch_id` AND `signin_closes_at` >= NEW.`joined_at` AND (`audience` = 'everyone' OR NEW.`role` <> 'masses');
END;
--> statement-breakpoint
-- A person leaving is no longer counted anywhere, as the dashboard reads the roster of today.
CREATE TRIGGER `memberships_expected_delete` AFTER DELETE ON `memberships`
BEGIN
  UPDATE `events` SET `expected_count` = `expected_count` - 1
  WHERE `branch_id` = OLD.`branch_id` AND `signin_closes_at` >= OLD.`joined_at` AND (`audience` = 'everyone' OR OLD.`role` <> 'masses');
END;
--> statement-breakpoint
-- Only a change between 群众 and the Party roles moves a person in or out of members-only events.
CREATE TRIGGER `memberships_expected_update` AFTER UPDATE OF `role`, `joined_at` ON `memberships`
WHEN (NEW.`role` = 'masses') <> (OLD.`role` = 'masses') OR NEW.`joined_at` <> OLD.`joined_at`
BEGIN
  UPDATE `events` SET `expected_count` = `expected_count` - 1
  WHERE `branch_id` = OLD.`branch_id` AND `signin_closes_at` >= OLD.`joined_at` AND (`audience` = 'everyone' OR OLD.`role` <> 'masses');
  UPDATE `events` SET `expected_count` = `expected_count` + 1
  WHERE `branch_id` = NEW.`branch_id` AND `signin_closes_at` >= NEW.`joined_at` AND (`audience` = 'everyone' OR NEW.`role` <> 'masses');
END;
--> statement-breakpoint
UPDATE `events` SET `expected_count` = (SELECT count(*) FROM `memberships` m WHERE m.`branch_id` = `events`.`branch_id`
  AND m.`joined_at` <= `events`.`signin_closes_at` AND (`events`.`audience` = 'everyone' OR m.`role` <> 'masses'));
