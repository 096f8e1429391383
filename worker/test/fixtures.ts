/**
 * Test fixtures that run inside workerd, in one import: people and a fresh "world" of regions,
 * branches and people of every role written straight to D1 (`people`, `world`), calling the worker
 * (`call-worker`), database snapshots, the WeChat mock, and the contest's banks and contests.
 */
export * from './call-worker';
export * from './contest-fixtures';
export * from './database-snapshot';
export * from './people';
export * from './wechat-mock';
export * from './world';
/** A real (tiny) JPEG, for suites that upload a photo: the worker refuses broken ones. */
export { JPEG as TEST_JPEG } from '../src/feedback/test-photos';
export * from './notice-fixtures';
