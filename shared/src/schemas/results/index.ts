/** Results (结果): reporting periods, 三会一课 compliance, dashboards and the ranking. */
export * from './periods';
export * from './compliance';
export * from './dashboards';
export * from './ranking';
