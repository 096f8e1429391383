/** Contests (党建知识竞赛), attempts, leaderboards, analysis and daily practice (banks and questions: `../questions`). */
export * from './contests';
export * from './attempts';
export * from './standings';
export * from './practice';
