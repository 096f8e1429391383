/**
 * Readers of what organizers bring: question files from other platforms, questions pasted from Word
 * or PDF, 花名册 rosters and WeChat 接龙 lists. A separate entry (`@sitebranch/shared/readers`) so the
 * mini program loads them only in the organizer subpackage, not in the main package every worker
 * downloads on the site's network.
 */
export * from './domain/question-import';
export * from './domain/question-text/index';
export * from './domain/roster';
export * from './domain/jielong';
