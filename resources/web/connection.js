// The socket to the host that served this page: connects, says "still here" while quiet (the host lets a
// silent table go after 16 seconds), and connects again after a drop, waiting a little longer each time.

const ALIVE_MS = 4000;

export class Connection {
  constructor(onMessage, onStatus) {
    this.onMessage = onMessage;
    this.onStatus = onStatus;
    this.socket = null;
    this.wait = 500;
    this.stopped = false;
    this.alive = null;
  }

  start() {
    this.stopped = false;
    this.open();
  }

  stop() {
    this.stopped = true;
    clearInterval(this.alive);
    if (this.socket) {
      this.socket.close(1000, 'leaving');
    }
  }

  get connected() {
    return this.socket !== null && this.socket.readyState === WebSocket.OPEN;
  }

  open() {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/ws`);
    this.socket = socket;
    this.onStatus('connecting');
    socket.addEventListener('open', () => {
      this.wait = 500;
      this.onStatus('open');
      clearInterval(this.alive);
      this.alive = setInterval(() => this.send({ type: 'alive' }), ALIVE_MS);
    });
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      this.onMessage(message);
    });
    socket.addEventListener('close', () => {
      clearInterval(this.alive);
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      this.onStatus('closed');
      if (!this.stopped) {
        setTimeout(() => this.open(), this.wait);
        this.wait = Math.min(this.wait * 2, 8000);
      }
    });
  }

  /** Sends `message` if connected; false if not (it is then sent again on reconnecting, by the outbox). */
  send(message) {
    if (!this.connected) {
      return false;
    }
    this.socket.send(JSON.stringify(message));
    return true;
  }
}
