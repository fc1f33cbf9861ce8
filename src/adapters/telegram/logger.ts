// The slice of a structured logger (pino's shape) the adapter writes to. Lines carry data
// (update ids, chat ids, errors), never tokens or message text.
export interface TelegramLogger {
  debug(data: object, message: string): void;
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}
