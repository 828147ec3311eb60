/** A problem in the folder being imported: reported as one line, never with a stack trace. */
export class OnetImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OnetImportError';
  }
}
