/** Bad usage or input: dpcheck prints the message on one line and exits 2. */
export class UsageError extends Error {
    constructor(
        message: string,
        readonly detail?: unknown,
    ) {
        super(message);
        this.name = "UsageError";
    }
}
