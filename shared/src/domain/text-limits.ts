/**
 * How many characters each free-text field takes: the schemas refuse more (with the field's name in
 * the message), and the app's fields stop typing there, so a person never writes what will be refused.
 */
export const TEXT_MAX = {
  personName: 20,
  workTeam: 20,
  unitName: 40,
  memberSearch: 20,
  regionName: 40,
  branchName: 40,
  projectName: 60,
  address: 100,
  eventTitle: 60,
  eventDescription: 2000,
  /** An event's place and a feedback's place. */
  place: 60,
  /** Leave, make-up, undo and review reasons and notes on attendance. */
  attendanceReason: 200,
  bankName: 40,
  questionStem: 500,
  questionOption: 200,
  questionExplanation: 1000,
  tag: 12,
  contestTitle: 60,
  contestDescription: 1000,
  /** The note of a feedback transition: handling, refusing, reopening. */
  feedbackNote: 500,
  feedbackReply: 1000,
  ratingComment: 500,
  /** A holiday's or make-up working day's name in the calendar (国庆节). */
  calendarDayName: 20,
  /** A personal check-in code as scanned or pasted (SBP1.…). */
  personalCode: 100,
} as const;
