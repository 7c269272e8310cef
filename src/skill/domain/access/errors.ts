/** The speaker is not on the skill's allow-list: nothing is read or done for them. */
export class NotAuthorised extends Error {
  override readonly name = 'NotAuthorised';

  constructor() {
    super('Speaker is not on the allow-list');
  }
}
