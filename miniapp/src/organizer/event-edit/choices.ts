/** A picker's fixed choices, with the event's own value among them (in order) when it is not one of them. */
export function choicesWith(choices: readonly number[], current: number): number[] {
  return choices.includes(current) ? [...choices] : [...choices, current].sort((a, b) => a - b);
}
