var UserError = class extends Error {
	/** The CLI's exit status for this error. */
	exitCode = 2;
	constructor(message, options) {
		super(message, options);
		this.name = new.target.name;
	}
};
function isUserError(err) {
	return err instanceof UserError;
}
export { isUserError as n, UserError as t };
