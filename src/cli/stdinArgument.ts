/** What a command's FILE argument names for standard input: `-`. */
export const STDIN_ARGUMENT = '-';
