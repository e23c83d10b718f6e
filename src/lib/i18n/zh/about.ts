/** The words of the /about/ page in Chinese. */
export const about = {};
