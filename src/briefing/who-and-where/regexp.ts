/** Text to be matched literally inside a regular expression ("U.S." matches only "U.S."). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
