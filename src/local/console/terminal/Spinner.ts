const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * "Alexa is thinking" while a turn runs. Only on a terminal: in a pipe or a CI log the carriage returns would
 * leave a line of garbage per frame.
 */
export class Spinner {
  private timer: NodeJS.Timeout | undefined;
  private frame = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly text = 'Alexa is thinking…',
  ) {}

  start(): void {
    if (this.stream.isTTY !== true || this.timer) return;
    const draw = () => {
      this.stream.write(`\r${FRAMES[this.frame % FRAMES.length]} ${this.text}`);
      this.frame++;
    };
    draw();
    this.timer = setInterval(draw, 80);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.stream.write('\r\x1b[K');
  }
}
