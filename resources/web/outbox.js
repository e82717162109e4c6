// Every entry is kept in the browser's storage before it is sent, and sent again with the same id after a
// reload, a dropped network or a host restart, until the host says it has it (ack) or refuses it for good.
// The host applies an id once, so an entry sent twice counts once. Kept per meeting.

/** Refusals that are not final: the entry stays and is sent again. */
export const NOT_FINAL = new Set(['JOURNAL_FAILED', 'INTERNAL']);

export class Outbox {
  constructor(meetingId) {
    this.key = `dialogforum:${meetingId}:outbox`;
    this.seatKey = `dialogforum:${meetingId}:seat`;
    this.entries = this.read(this.key) || [];
    this.unkept = false;
  }

  read(key) {
    try {
      return JSON.parse(localStorage.getItem(key));
    } catch (e) {
      return null;
    }
  }

  /** Writes the outbox to storage; false if the browser would not keep it (full, or private mode). */
  write() {
    try {
      localStorage.setItem(this.key, JSON.stringify(this.entries));
      this.unkept = false;
    } catch (e) {
      this.unkept = true;
    }
    return !this.unkept;
  }

  seat() {
    return this.read(this.seatKey);
  }

  keepSeat(tableId, token) {
    try {
      localStorage.setItem(this.seatKey, JSON.stringify({ tableId, token }));
    } catch (e) {
      this.unkept = true;
    }
  }

  forgetSeat() {
    try {
      localStorage.removeItem(this.seatKey);
    } catch (e) {
      // nothing kept, nothing to forget
    }
  }

  /** Keeps `command`, made in `step` (storage first: it survives a reload from here on). */
  add(command, step) {
    this.entries.push({ command, step, held: null });
    this.write();
  }

  /** The step `commandId` was made in, while it is kept; null after. */
  stepOf(commandId) {
    const e = this.entries.find((x) => x.command.commandId === commandId);
    return e ? e.step : null;
  }

  /** The commands kept from `step`, oldest first. */
  from(step) {
    return this.entries.filter((e) => e.step === step).map((e) => e.command);
  }

  get pending() {
    return this.entries.length;
  }

  has(commandId) {
    return this.entries.some((e) => e.command.commandId === commandId);
  }

  /** The host has it: out of the outbox. */
  ack(commandId) {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.command.commandId !== commandId);
    if (this.entries.length !== before) {
      this.write();
      return true;
    }
    return false;
  }

  /** The host refused it. A final refusal takes it out (true); one that is not final keeps it (false). */
  refuse(commandId, code) {
    if (NOT_FINAL.has(code)) {
      for (const e of this.entries) {
        if (e.command.commandId === commandId) {
          e.held = code;
        }
      }
      this.write();
      return false;
    }
    return this.ack(commandId);
  }

  /** Sends every kept entry, in the order it was made. */
  resend(send, token) {
    for (const e of this.entries) {
      send({ type: 'submit', token, command: e.command });
    }
  }
}
