-- One work team per membership: the profile's 班组 moves onto the memberships that had none (the
-- roster's, which the team sign-in and the team ranking use), then the profile column goes.
UPDATE `memberships` SET `work_team` = (SELECT `work_team` FROM `users` WHERE `users`.`id` = `memberships`.`user_id`)
  WHERE `work_team` IS NULL;--> statement-breakpoint
ALTER TABLE `users` DROP COLUMN `work_team`;
