/** Attendance of events: organizers' check-in for others, leave (请假), make-up (补签) and the records. */
export * from './records';
export * from './checkins';
export * from './leaves';
export * from './mine';
