/** What each part of the event editor gets: the form, a setter for one of its fields, and the errors the API gave back. */
import type { EventForm } from './event-form';

export type SetField = <K extends keyof EventForm>(key: K, value: EventForm[K]) => void;

export interface FormPartProps {
  form: EventForm;
  set: SetField;
  errors: Record<string, string>;
}
