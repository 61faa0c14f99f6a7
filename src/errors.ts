// Typed errors. Only the entry point (cli/main.ts) turns them into text and exit codes.

export const ExitCode = { ok: 0, failed: 1, usage: 2, cancelled: 130 } as const;

export class FourpointError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad usage or bad input: exit 2. Nothing has been written. */
export class UsageError extends FourpointError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
  }
}

/** Something the user can act on went wrong: exit 1. */
export class UserError extends FourpointError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.failed, hint);
  }
}

/** A store file that cannot be read or trusted. It is never overwritten. */
export class StoreError extends FourpointError {
  constructor(
    message: string,
    readonly file: string,
    hint?: string,
  ) {
    super(message, ExitCode.failed, hint);
  }
}

/** The person stopped (Ctrl-C, Esc): exit 130. Not a failure. */
export class CancelledError extends FourpointError {
  constructor(message = 'Stopped. Nothing more was saved.') {
    super(message, ExitCode.cancelled);
  }
}
