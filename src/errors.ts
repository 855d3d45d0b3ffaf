/**
 * A mistake the user can fix (bad schedule, unknown article, empty question). Its message is shown as is;
 * anything else thrown is a bug: logged with context and answered with a short apology.
 */
export class UserError extends Error {
  constructor(
    /** Stable machine-readable identifier, e.g. `schedule.invalid`. */
    readonly identifier: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const isUserError = (error: unknown): error is UserError => error instanceof UserError;
