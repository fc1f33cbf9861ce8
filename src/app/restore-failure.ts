// Why a restore (/import) stopped part-way: the database refused one row for a rule the
// file's own checks do not know, or the connection to it was lost. The repository throws it
// from inside the import's transaction, so nothing of the import stays written.
export type RestoreFailureReason = 'refused' | 'connection_lost';

export class RestoreFailure extends Error {
  constructor(
    /** The row in the file's terms: "entries.12", or "entries" when the row is not known. */
    readonly row: string,
    readonly reason: RestoreFailureReason,
    /** What the database said (the rule's name), never the row's contents. */
    readonly detail: string,
  ) {
    super(`${row}: ${reason === 'refused' ? `refused by the database (${detail})` : `the database connection was lost (${detail})`}`);
    this.name = 'RestoreFailure';
  }
}
