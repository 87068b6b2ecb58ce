/**
 * Signs that a post laughs, in any language: the tears-of-joy faces and the written laughs of the
 * supported languages ("lol", "haha", "jaja", "kkkk", "rsrs", "ㅋㅋ", "wkwk", "mdr"). Crying or
 * "dying" next to them is laughter ("llorando de la risa 😂"), not distress, and the sentiment
 * libraries read neither the faces nor the written laughs.
 */
const LAUGHTER =
  /[\u{1F602}\u{1F923}\u{1F639}\u{1F606}]|ㅋㅋ|(?<![\p{L}\p{N}])(?:lol+|lmao+|rofl|(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}|(?:je){2,}|k{3,}|rs(?:rs)+|wk(?:wk)+|mdr|ptdr|xd+)(?![\p{L}\p{N}])/iu;

export function laughs(text: string): boolean {
  return LAUGHTER.test(text);
}
