export { buildMeetingCalendar, mapMeetingStatus } from './ics-calendar.js';
export type { CalendarMeeting, MeetingCalendarInput } from './ics-calendar.js';
export { escapeText, foldLine } from './ics-text.js';
export { buildTimezone, findTransitions } from './ics-timezone.js';
export type { Transition } from './ics-timezone.js';
