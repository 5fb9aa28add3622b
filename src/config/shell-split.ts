/** Why a string could not be split into words. */
export class ShellSplitError extends Error {}

/**
 * Splits a command line into words as a POSIX shell would, without expanding
 * anything: whitespace separates words, single quotes keep everything
 * literally, double quotes keep everything but `\"`, `\\`, `\$` and `` \` ``
 * escapes, a backslash outside quotes escapes the next character. This is
 * what compose does with `command: "sh -c 'echo hi'"`. Throws ShellSplitError
 * on an unterminated quote or a trailing backslash.
 */
export function splitShellWords(input: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === '\\') {
      if (i + 1 >= input.length) throw new ShellSplitError('ends with a backslash');
      // A backslash before a newline joins the lines, as in a shell.
      if (input[i + 1] !== '\n') word += input[i + 1];
      i++;
    } else if (c === "'") {
      const end = input.indexOf("'", i + 1);
      if (end < 0) throw new ShellSplitError('has an unterminated single quote');
      word += input.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < input.length && input[j] !== '"'; j++) {
        if (input[j] === '\\' && '"\\$`'.includes(input[j + 1] ?? '')) j++;
        word += input[j];
      }
      if (j >= input.length) throw new ShellSplitError('has an unterminated double quote');
      i = j;
    } else {
      word += c;
    }
  }
  if (inWord) words.push(word);
  return words;
}
